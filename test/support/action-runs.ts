import { runAction, type ActionRun } from './run-action.js';
import type { SimulatedRunner } from './simulated-runner.js';
import { issueLabeled, prComment, pullRequestClosed, type Sender } from './webhook-events.js';
import type { ScriptedAnswer } from '../../src/stand-ins/model.js';
import { LOGIN_SPEC, SAMPLE_REPO } from './sample-repo.js';
import { LOGIN_TICKET, startWorld, type World } from './world.js';

export const ISSUE = {
  number: 1,
  title: '[ABC-123] Login crashes for unknown users',
  body: 'Calling login() for a user that does not exist throws a TypeError.',
};
export const MAINTAINER: Sender = { login: 'octocat' };
export const BRANCH = 'specgate/issue-1';
/** Where the default spec-path puts the spec of issue #1. */
export const SPEC_FILE = 'specs/issue-1/spec.md';
export const SPEC_PR = 2;

function run(
  w: World,
  eventName: string,
  payload: unknown,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  runner?: SimulatedRunner,
  bundle = false,
): Promise<ActionRun> {
  return runAction({
    ...(runner ? { runner } : {}),
    bundle,
    eventName,
    payload,
    repository: 'Codertocat/Hello-World',
    workspace: w.repo.work,
    apiUrl: w.github.url,
    inputs: { ...w.inputs, ...inputs },
    env: { ...w.runnerEnv, ...env },
  });
}

export function labelIssue(
  w: World,
  sender: Sender = MAINTAINER,
  issue = ISSUE,
  inputs: Record<string, string> = {},
  bundle = false,
) {
  return run(w, 'issues', issueLabeled(issue, 'specgate', sender), inputs, {}, undefined, bundle);
}

export function commentOnPull(
  w: World,
  body: string,
  sender: Sender = MAINTAINER,
  options: {
    action?: string;
    createdAt?: string;
    inputs?: Record<string, string>;
    pullNumber?: number;
    env?: Record<string, string>;
    runner?: SimulatedRunner;
    /** Runs the bundle in a process of its own (a simulated runner always does). */
    bundle?: boolean;
  } = {},
) {
  return run(
    w,
    'issue_comment',
    prComment(options.pullNumber ?? SPEC_PR, body, sender, options),
    options.inputs ?? {},
    options.env,
    options.runner,
    options.bundle,
  );
}

export function closePull(w: World, merged: boolean) {
  w.github.closePull(SPEC_PR, merged);
  return run(w, 'pull_request', pullRequestClosed(SPEC_PR, merged), {});
}

/** A world whose issue #1 already has its spec PR (#2), made by the real labelled-issue run. */
export async function startWithSpecPull(
  agent: ScriptedAnswer[],
  files = SAMPLE_REPO,
): Promise<World> {
  const w = await startWorld({
    script: [JSON.stringify(LOGIN_SPEC), ...agent],
    jiraIssues: [LOGIN_TICKET],
    files,
  });
  w.github.setPermission(MAINTAINER.login, 'write');
  w.github.setPermission('reader', 'read');
  w.github.addIssue({ ...ISSUE, user: { login: 'reporter' } });
  const planned = await labelIssue(w);
  if (planned.outputs.state !== 'AWAITING_SPEC_APPROVAL') {
    await w.stop();
    throw new Error(`planning the spec PR failed:\n${planned.stdout}${planned.stderr}`);
  }
  return w;
}
