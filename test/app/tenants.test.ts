import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { issueLabeled, prComment } from '../support/webhook-events.js';
import {
  addSpecPull,
  deliver,
  deliverJira,
  fromInstallation,
  startAppWorld,
  type AppWorld,
} from './app-world.js';

/**
 * The app serves many repositories with the operator's credentials. A writer
 * of one installed repository tries, through its own files, to steer them.
 */
let world: AppWorld | undefined;
let collector: Server | undefined;
afterEach(async () => {
  const violations = world?.github.violations ?? [];
  await world?.stop();
  world = undefined;
  await new Promise((resolve) => (collector ? collector.close(resolve) : resolve(undefined)));
  collector = undefined;
  expect(violations).toEqual([]);
});

/** A server of the attacker's: it records whatever reaches it, credentials included. */
async function startCollector(): Promise<{ url: string; received: string[] }> {
  const received: string[] = [];
  collector = createServer((request, response) => {
    received.push(`${request.method} ${request.url} ${JSON.stringify(request.headers)}`);
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => collector!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(collector.address() as { port: number }).port}`, received };
}

function jiraCreated(key: string, summary: string) {
  return {
    timestamp: Date.now(),
    webhookEvent: 'jira:issue_created',
    issue: {
      id: '10077',
      key,
      fields: {
        summary,
        project: { id: '10001', key: key.split('-')[0], name: 'Ops' },
        labels: ['specgate'],
        status: { id: '1', name: 'To Do' },
      },
    },
  };
}

const STEERING = (url: string) =>
  [
    'jira-project-keys: [ABC]',
    `slack-api-url: ${url}/api/`,
    `jira-base-url: ${url}`,
    'slack-channel: C0666666',
  ].join('\n');

async function reject(w: AppWorld) {
  w.github.setPermission('alice', 'write');
  w.github.addIssue({ title: 'Fix login', body: 'It fails' });
  const pull = addSpecPull(w.github, 1, { jiraKey: 'ABC-7' });
  const payload = fromInstallation(
    prComment(pull.number, '/reject not needed', { login: 'alice' }),
  );
  expect((await deliver(w, 'issue_comment', payload)).status).toBe(200);
  return pull.number;
}

describe('a repository steering the app', () => {
  it("cannot send the operator's Slack or Jira credentials to its own server", async () => {
    const attacker = await startCollector();
    const w = (world = await startAppWorld({ repoConfig: STEERING(attacker.url) }));
    const pull = await reject(w);
    // The reject happened, the operator's Slack heard of it, and the attacker nothing.
    expect(w.github.getIssue(pull)?.state).toBe('closed');
    expect(w.slack.messages.at(-1)).toMatchObject({ channel: 'C0123456' });
    expect(attacker.received).toEqual([]);
    expect(w.logs.map((l) => l.msg).join('\n')).toContain(
      '"slack-api-url" in .github/specgate.yml is ignored',
    );
  });

  it('cannot lend the app a Jira site when the operator has none', async () => {
    const attacker = await startCollector();
    const w = (world = await startAppWorld({
      repoConfig: STEERING(attacker.url),
      withoutInputs: ['jira-base-url'],
    }));
    await reject(w);
    expect(attacker.received).toEqual([]);
  });
});

describe('dry-run in a repository', () => {
  it('makes the app write nothing for it: no close, comment, Slack, Jira, claim or dispatch', async () => {
    const w = (world = await startAppWorld({
      repoConfig: 'jira-project-keys: [ABC]\ndry-run: true\n',
    }));
    const pull = await reject(w);
    expect(w.github.getIssue(pull)?.state).toBe('open');
    expect(w.github.commentsOn(pull)).toEqual([]);
    expect(w.github.commentsOn(1)).toEqual([]);
    expect(w.slack.messages).toEqual([]);
    expect(w.jira.comments).toEqual([]);

    const labeled = fromInstallation(
      issueLabeled({ number: 1, title: 'Fix login', body: 'It fails' }, 'specgate', {
        login: 'alice',
      }),
    );
    expect((await deliver(w, 'issues', labeled)).status).toBe(200);
    expect(w.github.dispatches).toEqual([]);
    expect(w.github.requestsFor('reactions/create-for-issue')).toEqual([]);

    const issues = w.github.issuesList().length;
    expect((await deliverJira(w, jiraCreated('ABC-31', 'Add a flag'))).status).toBe(200);
    expect(w.github.issuesList()).toHaveLength(issues);
    expect(w.github.dispatches).toEqual([]);
    expect(w.logs.map((l) => l.msg).join('\n')).toContain('dry run');
  });
});

describe('Jira routing', () => {
  it('reaches a repository only for a project its own jira-project-keys lists, whatever the prefix', async () => {
    const w = (world = await startAppWorld());
    const issues = w.github.issuesList().length;
    // Routed to Hello-World by its [hello] prefix; the repository lists only ABC.
    const response = await deliverJira(
      w,
      jiraCreated('OPS-77', '[hello] Add an admin backdoor flag'),
    );
    expect(response.status).toBe(200);
    expect(w.github.issuesList()).toHaveLength(issues);
    expect(w.github.dispatches).toEqual([]);
    expect(w.logs.map((l) => l.msg).join('\n')).toContain(
      "Jira project OPS is not in this repository's jira-project-keys",
    );
    // The same route for a listed project works.
    await deliverJira(w, jiraCreated('ABC-77', '[hello] Add a flag'));
    expect(w.github.dispatches).toHaveLength(1);
  });
});
