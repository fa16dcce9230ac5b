import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

// The rules live in eslint.config.js; each case lints a snippet as if it were a file of that
// folder, so the rule's folder scope is proven along with what it refuses.
const root = fileURLToPath(new URL('../..', import.meta.url));
const RULES = new Set([
  '@typescript-eslint/no-restricted-imports',
  'no-restricted-syntax',
  'no-restricted-globals',
]);

// Only these rules run, without type information: they need none, and the project service
// would refuse a file that is not on disk.
const eslint = new ESLint({
  cwd: root,
  ruleFilter: ({ ruleId }) => RULES.has(ruleId),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
});

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  const messages = result?.messages ?? [];
  // A file ESLint could not parse reports nothing from the rules, which would pass for "allowed".
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => RULES.has(m.ruleId ?? '')).map((m) => m.message);
}

describe('core/ and spec/ are pure', () => {
  it.each([
    ["import { readFile } from 'node:fs/promises';", 'src/core/x.ts'],
    ["import { spawn } from 'node:child_process';", 'src/spec/x.ts'],
    ["import { createServer } from 'node:net';", 'src/core/x.ts'],
    ["import { GitHubCodeHost } from '../github/code-host.js';", 'src/core/x.ts'],
    ["import { planTicket } from '../usecases/plan-ticket.js';", 'src/spec/x.ts'],
    ["import { runGates } from '../qa/gates.js';", 'src/spec/x.ts'],
    ["import OpenAI from 'openai';", 'src/core/x.ts'],
    ["import { x } from '../spec/../github/code-host.js';", 'src/core/x.ts'],
    ["const { x } = await import('../github/code-host.js');", 'src/spec/x.ts'],
    ["await fetch('https://example.com');", 'src/core/x.ts'],
  ])('refuses %s in %s', async (code, file) => {
    expect(await layerErrors(file, code)).toEqual([expect.stringContaining('are pure')]);
  });

  it('lets them name a type from elsewhere, use pure packages, and check an address', async () => {
    const code = [
      "import type { DiffEntry } from '../git/raw-diff.js';",
      "import { isIP } from 'node:net';",
      "import picomatch from 'picomatch';",
      "import { z } from 'zod';",
      "import { normalizeRepoPath } from '../core/paths.js';",
    ].join('\n');
    expect(await layerErrors('src/spec/x.ts', code)).toEqual([]);
  });
});

describe('use cases and the intake reach the world through ports', () => {
  it.each([
    ["import { createGitHubClient } from '../github/client.js';", 'src/usecases/x.ts'],
    ["import { PullBodyTicketStore } from '../tickets/pull-body-store.js';", 'src/usecases/x.ts'],
    ["import { buildDeps } from '../wiring/build-deps.js';", 'src/intake/x.ts'],
    ["import { Probot } from 'probot';", 'src/intake/x.ts'],
    ["import { WebClient } from '@slack/web-api';", 'src/usecases/x.ts'],
    ["import { Git } from '../git/git.js';", 'src/usecases/x.ts'],
    ["import { x } from '../spec/../github/client.js';", 'src/usecases/x.ts'],
    ["const { buildDeps } = await import('../wiring/build-deps.js');", 'src/intake/x.ts'],
  ])('refuses %s in %s', async (code, file) => {
    expect(await layerErrors(file, code)).toEqual([expect.stringContaining('through the ports')]);
  });

  it('lets them use ports, the domain, machine work and the type of the checkout', async () => {
    const code = [
      "import type { CodeHost } from '../ports.js';",
      "import type { Git } from '../git/git.js';",
      "import { runGates } from '../qa/gates.js';",
      "import { ApprovedScope } from '../spec/approved-scope.js';",
      "import { advance } from '../core/ticket-machine.js';",
    ].join('\n');
    expect(await layerErrors('src/usecases/x.ts', code)).toEqual([]);
  });
});

describe('adapters never call back into what uses them', () => {
  it.each([
    ["import { planTicket } from '../usecases/plan-ticket.js';", 'src/github/x.ts'],
    ["import type { Deps } from '../usecases/deps.js';", 'src/tickets/x.ts'],
    ["import { runCommand } from '../intake/run-command.js';", 'src/slack/x.ts'],
    ["import { authorize } from '../intake/authorize.js';", 'src/store/x.ts'],
    ["const { planTicket } = await import('../usecases/plan-ticket.js');", 'src/jira/x.ts'],
  ])('refuses %s in %s', async (code, file) => {
    expect(await layerErrors(file, code)).toEqual([expect.stringContaining('Adapters implement')]);
  });

  it('lets the wiring and the doors use both', async () => {
    const code = "import { runCommand } from '../intake/run-command.js';";
    expect(await layerErrors('src/app/x.ts', code)).toEqual([]);
    expect(await layerErrors('src/action/x.ts', code)).toEqual([]);
  });
});

describe('the app calls GitHub through src/github only', () => {
  it.each([
    "import { Octokit } from '@octokit/core';",
    'declare const client: any;\nawait client.rest.issues.create({});',
    'declare const client: any;\nawait client.paginate(client.x, {});',
    "declare const client: any;\nawait client.request('POST /repos/{owner}/{repo}/issues');",
  ])('refuses %s', async (code) => {
    expect(await layerErrors('src/app/x.ts', code)).toEqual([
      expect.stringContaining('through src/github'),
    ]);
  });

  it('lets it verify a webhook signature, and lets src/github call Octokit', async () => {
    const verify = "import { verify } from '@octokit/webhooks-methods';";
    expect(await layerErrors('src/app/x.ts', verify)).toEqual([]);
    const call = 'declare const client: any;\nawait client.rest.issues.create({});';
    expect(await layerErrors('src/github/x.ts', call)).toEqual([]);
  });
});
