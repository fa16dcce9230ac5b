import { describe, expect, it } from '@jest/globals';
import { EventError, parseEvent } from '../../src/action/events.js';
import { example, issueLabeled, workflowDispatch } from '../support/webhook-events.js';

describe('parseEvent', () => {
  it('reads a real issues.labeled payload', () => {
    const payload = issueLabeled({ number: 5, title: 't', body: 'b' }, 'specgate', {
      login: 'octocat',
    });
    expect(parseEvent('issues', payload)).toEqual({
      kind: 'issue-labeled',
      issueNumber: 5,
      label: 'specgate',
      actor: { login: 'octocat', type: 'User' },
      defaultBranch: 'main',
    });
  });

  it('reads a schedule event as the timeout sweep', () => {
    expect(parseEvent('schedule', { schedule: '17 * * * *' })).toEqual({ kind: 'schedule' });
  });

  it('reads workflow_dispatch inputs', () => {
    expect(
      parseEvent(
        'workflow_dispatch',
        workflowDispatch({ issue: '3', 'jira-key': '' }, { login: 'octocat' }),
      ),
    ).toEqual({
      kind: 'dispatch',
      actor: { login: 'octocat', type: 'User' },
      issue: '3',
      defaultBranch: 'main',
    });
  });

  it('ignores events and actions that are not triggers', () => {
    expect(parseEvent('issues', example('issues', 'opened')).kind).toBe('ignored');
    expect(parseEvent('push', example('push')).kind).toBe('ignored');
    expect(parseEvent(undefined, {}).kind).toBe('ignored');
  });

  it('explains a malformed payload', () => {
    const payload = issueLabeled({ number: 5, title: 't', body: 'b' }, 'specgate', {
      login: 'octocat',
    }) as Record<string, unknown>;
    delete payload.label;
    expect(() => parseEvent('issues', payload)).toThrow(EventError);
    expect(() => parseEvent('issues', payload)).toThrow(
      'The issues.labeled event payload is malformed: label',
    );
    expect(() => parseEvent('workflow_dispatch', null)).toThrow(
      'workflow_dispatch event payload is malformed',
    );
  });
});
