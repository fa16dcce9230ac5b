import { afterEach, describe, expect, it } from '@jest/globals';
import { cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { commentOnPull, labelIssue, MAINTAINER, ISSUE } from '../support/action-runs.js';
import { FIX_LOGIN, LOGIN_SPEC, SAMPLE_REPO } from '../support/sample-repo.js';
import { LOGIN_TICKET, startWorld, type World } from '../support/world.js';

/**
 * A repository whose own checks include a formatter: Prettier checks every
 * Markdown file. What specgate commits there (the spec) must pass it, or the
 * repository's gate fails on a file the agent may not touch.
 */
let world: World | undefined;
afterEach(async () => {
  await world?.stop();
  world = undefined;
});

const PRETTIER = path.dirname(createRequire(import.meta.url).resolve('prettier/package.json'));

describe('a repository that checks its Markdown with Prettier', () => {
  it('passes its own formatter gate with the spec specgate committed', async () => {
    const w = await startWorld({
      script: [JSON.stringify(LOGIN_SPEC), FIX_LOGIN.read, FIX_LOGIN.edit, FIX_LOGIN.finish],
      jiraIssues: [LOGIN_TICKET],
      files: {
        ...SAMPLE_REPO,
        '.gitignore': 'node_modules/\n',
        'README.md': '# Login\n\nA small login module.\n',
      },
    });
    world = w;
    // The repository's dev dependency, installed as `npm ci` would (not committed).
    cpSync(PRETTIER, path.join(w.repo.work, 'node_modules/prettier'), { recursive: true });
    w.github.setPermission(MAINTAINER.login, 'write');
    w.github.addIssue({ ...ISSUE, user: { login: 'reporter' } });
    const gates = {
      'test-command': 'node --test',
      'lint-command': 'node node_modules/prettier/bin/prettier.cjs --check "**/*.md"',
    };

    const planned = await labelIssue(w, MAINTAINER, ISSUE, gates);
    expect(planned.outputs.state).toBe('AWAITING_SPEC_APPROVAL');
    const approved = await commentOnPull(w, '/approve', MAINTAINER, { inputs: gates });

    expect(approved.stdout).toContain('QA lint: passed');
    expect(approved.outputs.state).toBe('AWAITING_PR_APPROVAL');
  });
});
