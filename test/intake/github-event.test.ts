import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../src/config/load.js';
import { commandFromGitHub, EventError } from '../../src/intake/github-event.js';
import {
  example,
  issueLabeled,
  prComment,
  pullRequestClosed,
  workflowDispatch,
} from '../support/webhook-events.js';

const options = { triggerLabel: 'specgate' };
const octocat = { source: 'github', actor: { login: 'octocat', type: 'User' } };

describe('commandFromGitHub', () => {
  it('turns a real issues.labeled payload with the trigger label into a plan', () => {
    const payload = issueLabeled({ number: 5, title: 't', body: 'b' }, 'specgate', {
      login: 'octocat',
    });
    expect(commandFromGitHub('issues', payload, options)).toEqual({
      kind: 'plan',
      trigger: 'label',
      requester: octocat,
      ticket: { issueNumber: 5 },
      defaultBranch: 'main',
    });
  });

  it('ignores another label, naming both', () => {
    const payload = issueLabeled({ number: 5, title: 't', body: 'b' }, 'bug', { login: 'octocat' });
    expect(commandFromGitHub('issues', payload, options)).toEqual({
      ignored: 'label "bug" is not the trigger label "specgate"',
    });
  });

  it('reads workflow_dispatch inputs, validated, with the workflow inputs winning', () => {
    const payload = workflowDispatch({ issue: '3', 'jira-key': '' }, { login: 'octocat' });
    expect(commandFromGitHub('workflow_dispatch', payload, options)).toMatchObject({
      kind: 'plan',
      trigger: 'dispatch',
      ticket: { issueNumber: 3 },
    });
    expect(
      commandFromGitHub('workflow_dispatch', payload, {
        ...options,
        dispatchOverrides: { issueNumber: 8, jiraKey: 'ABC-1' },
      }),
    ).toMatchObject({ ticket: { issueNumber: 8, jiraKey: 'ABC-1' } });
    const bad = workflowDispatch({ issue: 'three' }, { login: 'octocat' });
    expect(() => commandFromGitHub('workflow_dispatch', bad, options)).toThrow(ConfigError);
  });

  it('reads each comment command, and only from a new comment on a pull request', () => {
    const writtenAt = '2026-11-20T10:00:00.000Z';
    const on = (body: string, action = 'created') =>
      commandFromGitHub(
        'issue_comment',
        prComment(
          7,
          body,
          { login: 'octocat' },
          { action, createdAt: '2026-11-20T10:00:00Z', id: 4242 },
        ),
        options,
      );
    // The comment's id is where the command came from: it is carried out once.
    expect(on('/approve')).toEqual({
      kind: 'approve',
      requester: octocat,
      pullNumber: 7,
      writtenAt,
      origin: 'github-comment:4242',
    });
    expect(on('/reject out of scope')).toEqual({
      kind: 'reject',
      requester: octocat,
      pullNumber: 7,
      reason: 'out of scope',
      writtenAt,
      origin: 'github-comment:4242',
    });
    expect(on('/revise\nKeep the old API.')).toMatchObject({
      kind: 'revise',
      feedback: 'Keep the old API.',
    });
    expect(on('/approve', 'edited')).toEqual({
      ignored: 'comment edited; only new comments give commands',
    });
    expect(on('> /approve')).toEqual({
      ignored: 'the comment holds no command at the start of a paragraph',
    });
    const onIssue = example('issue_comment', 'created');
    expect(commandFromGitHub('issue_comment', onIssue, options)).toEqual({
      ignored: 'the comment is on an issue, not a pull request',
    });
  });

  it('reports a closed pull request as a fact, and a schedule as a sweep', () => {
    expect(commandFromGitHub('pull_request', pullRequestClosed(4, true), options)).toEqual({
      kind: 'pull-closed',
      pullNumber: 4,
    });
    expect(commandFromGitHub('schedule', { schedule: '17 * * * *' }, options)).toEqual({
      kind: 'sweep',
      requester: { source: 'schedule' },
    });
  });

  it('ignores events and actions that are not triggers', () => {
    expect(commandFromGitHub('issues', example('issues', 'opened'), options)).toHaveProperty(
      'ignored',
    );
    expect(commandFromGitHub('push', example('push'), options)).toHaveProperty('ignored');
    expect(commandFromGitHub(undefined, {}, options)).toHaveProperty('ignored');
  });

  it('explains a malformed payload', () => {
    const payload = issueLabeled({ number: 5, title: 't', body: 'b' }, 'specgate', {
      login: 'octocat',
    }) as Record<string, unknown>;
    delete payload.label;
    expect(() => commandFromGitHub('issues', payload, options)).toThrow(EventError);
    expect(() => commandFromGitHub('issues', payload, options)).toThrow(
      'The issues.labeled event payload is malformed: label',
    );
    expect(() => commandFromGitHub('workflow_dispatch', null, options)).toThrow(
      'workflow_dispatch event payload is malformed',
    );
    const noSender = prComment(7, '/approve', { login: 'octocat' }) as Record<string, unknown>;
    delete noSender.sender;
    expect(() => commandFromGitHub('issue_comment', noSender, options)).toThrow(
      'The issue_comment event payload is malformed: sender',
    );
  });
});
