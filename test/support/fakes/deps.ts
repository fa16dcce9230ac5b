import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config/load.js';
import { SECRET_INPUTS } from '../../../src/config/schema.js';
import { Redactor } from '../../../src/core/redact.js';
import { Git } from '../../../src/git/git.js';
import type { Ticket } from '../../../src/ports.js';
import { findProgram } from '../../../src/process/programs.js';
import { PullBodyTicketStore } from '../../../src/tickets/pull-body-store.js';
import type { Deps } from '../../../src/usecases/deps.js';
import { policyOf } from '../../../src/wiring/build-deps.js';
import { FakeChat } from './chat.js';
import { FakeClock } from './clock.js';
import { FakeCodeHost } from './code-host.js';
import { FakeRepoFiles } from './repo-files.js';
import { ScriptedModel, type ScriptedAnswer } from './model.js';
import { FakeTracker } from './tracker.js';

/** A fully configured repository's inputs: Jira statuses to move tickets to, the model's name. */
const INPUTS = {
  model: 'test-model',
  'jira-status-spec-review': 'Spec Review',
  'jira-status-in-review': 'In Review',
  'jira-status-done': 'Done',
  /** The repository takes Jira tickets of the ABC project. */
  'jira-project-keys': 'ABC',
};

export interface FakeDepsOptions {
  /** Inputs over the defaults, as a workflow gives them (`'close-on-timeout': 'true'`). */
  inputs?: Record<string, string>;
  /** The repository's files, as planning reads them. */
  files?: Record<string, string>;
  tickets?: Ticket[];
  script?: ScriptedAnswer[];
  now?: string;
  /** A checkout (with an `origin`) for the use cases that commit and push; none by default. */
  checkout?: string;
}

/** Deps whose ports are the fakes, typed as the fakes so tests can arrange and read them. */
export type FakeDeps = Deps & {
  host: FakeCodeHost;
  tickets: PullBodyTicketStore;
  files: FakeRepoFiles;
  model: ScriptedModel;
  tracker: FakeTracker;
  chat: FakeChat;
  clock: FakeClock;
};

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * Everything a use case talks to, in memory: the policy is the one the
 * configuration's defaults give (through the real loader), tickets live in
 * pull request bodies of the fake code host (the real store), and git is a
 * real repository when the test gives a checkout, otherwise refused.
 */
export function fakeDeps(options: FakeDepsOptions = {}): FakeDeps {
  const config = loadConfig({ ...INPUTS, ...options.inputs });
  const policy = policyOf(config, { PATH: process.env.PATH });
  const host = new FakeCodeHost();
  const redactor = new Redactor(SECRET_INPUTS.map((key) => config[key]));
  const workspace = options.checkout ?? path.join(tmpdir(), 'specgate-no-checkout');
  const gitProgram = findProgram('git', process.env.PATH, workspace) ?? 'git';
  return {
    host,
    tickets: new PullBodyTicketStore(host, policy, redactor),
    files: new FakeRepoFiles(options.files),
    git: options.checkout ? checkoutGit(options.checkout, gitProgram) : refusedGit(),
    model: new ScriptedModel(options.script),
    tracker: new FakeTracker(options.tickets),
    chat: new FakeChat(),
    redactor,
    log: quiet,
    clock: new FakeClock(options.now),
    policy,
    workspace,
    machine: { programs: { git: gitProgram }, env: {} },
  };
}

function checkoutGit(cwd: string, program: string): Git {
  return new Git({ cwd, program, identity: { name: 'specgate', email: 'specgate@example.com' } });
}

/** Git for a test that gives no checkout: any use of it fails, naming the method. */
function refusedGit(): Git {
  return new Proxy({} as Git, {
    get: (_, method) =>
      // Not a promise, nor anything else a matcher may look for.
      typeof method === 'symbol' || method === 'then'
        ? undefined
        : () =>
            Promise.reject(new Error(`git.${method} was called, but this test gives no checkout`)),
  });
}
