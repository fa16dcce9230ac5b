import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  addSpecPull,
  deliverJira,
  startAppWorld,
  STATUS_SECRET,
  type AppWorld,
} from './app-world.js';

let world: AppWorld;

beforeEach(async () => {
  world = await startAppWorld({ repoConfig: 'jira-project-keys: [ABC, XYZ]\n' });
});

afterEach(async () => {
  const violations = world.github.violations;
  await world.stop();
  expect(violations).toEqual([]);
});

/** `jira:issue_created` as Jira Cloud sends it (trimmed to the fields that matter and a few more). */
function created(
  key: string,
  summary: string,
  labels: string[] = ['specgate'],
  project = key.split('-')[0]!,
) {
  return {
    timestamp: Date.now(),
    webhookEvent: 'jira:issue_created',
    issue_event_type_name: 'issue_created',
    user: { accountId: '5b10a2844c20165700ede21g', displayName: 'Ana' },
    issue: {
      id: '10002',
      self: 'https://example.atlassian.net/rest/api/3/issue/10002',
      key,
      fields: {
        summary,
        issuetype: { id: '10001', name: 'Task' },
        project: { id: '10000', key: project, name: 'Project' },
        labels,
        status: { id: '10000', name: 'To Do' },
        priority: { id: '3', name: 'Medium' },
        description: {
          type: 'doc',
          version: 1,
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'text', text: 'Login fails with <b>bold</b>.' }],
            },
          ],
        },
      },
    },
  };
}

/** `jira:issue_updated` with the changelog Jira sends for a status change. */
function movedTo(key: string, status: string) {
  const event = created(key, 'Fix the login bug', []);
  return {
    ...event,
    webhookEvent: 'jira:issue_updated',
    issue_event_type_name: 'issue_generic',
    changelog: {
      id: '10100',
      items: [
        {
          field: 'status',
          fieldtype: 'jira',
          fieldId: 'status',
          from: '10000',
          fromString: 'To Do',
          to: '10001',
          toString: status,
        },
      ],
    },
  };
}

describe('Jira webhooks on the app', () => {
  it('turns a labelled ticket into a Jira-linked issue and starts its spec', async () => {
    const response = await deliverJira(world, created('ABC-12', 'Fix the login bug'));
    expect(response.status).toBe(200);
    const issues = world.github.issuesList();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ title: '[ABC-12] Fix the login bug', labels: ['jira'] });
    expect(issues[0]!.body).toContain(`${world.jira.url}/browse/ABC-12`);
    expect(issues[0]!.body).toContain('Login fails');
    expect(world.github.dispatches).toEqual([
      { workflow: expect.any(String), ref: 'main', inputs: { issue: String(issues[0]!.number) } },
    ]);
  });

  it('routes by a [identifier] prefix and starts a spec for a ticket moved to the status', async () => {
    const event = movedTo('XYZ-3', 'Ready for spec');
    event.issue.fields.summary = '[hello] Fix the login bug';
    expect((await deliverJira(world, event)).status).toBe(200);
    expect(world.github.issuesList().map((i) => i.title)).toEqual(['[XYZ-3] Fix the login bug']);
    expect(world.github.dispatches).toHaveLength(1);
  });

  it('does its work once for a redelivery, and never duplicates an existing issue', async () => {
    const event = created('ABC-12', 'Fix the login bug');
    await deliverJira(world, event, { identifier: 'same' });
    expect((await deliverJira(world, event, { identifier: 'same' })).status).toBe(200);
    // Moved to the status later: the ticket already has its issue and its spec was started.
    expect((await deliverJira(world, movedTo('ABC-12', 'Ready for spec'))).status).toBe(200);
    expect(world.github.issuesList()).toHaveLength(1);
    expect(world.github.dispatches).toHaveLength(1);
  });

  it('opens one issue and starts one spec when two replicas get the same delivery at once', async () => {
    const other = { app: await world.replica() };
    const event = created('ABC-20', 'Fix the login bug');
    const answers = await Promise.all([
      deliverJira(world, event, { identifier: 'twice' }),
      deliverJira(other, event, { identifier: 'twice' }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const open = world.github.issuesList().filter((issue) => issue.state === 'open');
    expect(open).toHaveLength(1);
    expect(world.github.dispatches).toEqual([
      expect.objectContaining({ inputs: { issue: String(open[0]!.number) } }),
    ]);
  });

  it('asks Jira to retry when GitHub fails, and the retry completes the work once', async () => {
    const event = created('ABC-30', 'Fix the login bug');
    world.github.failNext('actions/create-workflow-dispatch', { status: 500 });
    expect((await deliverJira(world, event, { identifier: 'retry' })).status).toBe(502);
    const details = await fetch(`${world.app.url}/healthz/details`, {
      headers: { authorization: `Bearer ${STATUS_SECRET}` },
    });
    expect(await details.json()).toMatchObject({
      github: { lastError: { message: expect.stringMatching(/start .*specgate\.yml/) } },
    });
    expect((await deliverJira(world, event, { identifier: 'retry' })).status).toBe(200);
    expect(world.github.issuesList()).toHaveLength(1);
    expect(world.github.dispatches).toHaveLength(1);
  });

  it('starts no second spec for a ticket whose issue already has a spec pull request', async () => {
    world.github.addIssue({ title: '[ABC-12] Fix the login bug', labels: ['jira'] });
    addSpecPull(world.github, 1);
    expect((await deliverJira(world, created('ABC-12', 'Fix the login bug'))).status).toBe(200);
    expect(world.github.dispatches).toEqual([]);
    expect(world.github.issuesList()).toHaveLength(1);
  });

  it('ignores a project with no route, and a ticket that is not a trigger (200)', async () => {
    expect((await deliverJira(world, created('NOPE-1', 'Elsewhere'))).status).toBe(200);
    expect((await deliverJira(world, created('ABC-13', 'No label', ['other']))).status).toBe(200);
    expect(world.github.requests).toEqual([]);
    expect(world.logs.some((l) => /no route for project NOPE/.test(l.msg))).toBe(true);
  });

  it.each([
    ['no signature', { signature: null }],
    ['a wrong signature', { signature: `sha256=${'0'.repeat(64)}` }],
    ['a malformed signature', { signature: 'sha1=abc' }],
  ])('answers 401 to %s, with no effect', async (_name, options) => {
    const response = await deliverJira(world, created('ABC-12', 'Fix'), options);
    expect(response.status).toBe(401);
    expect(world.github.requests).toEqual([]);
  });

  it('answers 400 with a log line to a malformed payload', async () => {
    const response = await deliverJira(world, { webhookEvent: 'jira:issue_created', issue: {} });
    expect(response.status).toBe(400);
    expect((await deliverJira(world, undefined, { raw: '{oops' })).status).toBe(400);
    expect(world.logs.filter((l) => /malformed payload/.test(l.msg))).toHaveLength(2);
    expect(world.github.requests).toEqual([]);
  });
});
