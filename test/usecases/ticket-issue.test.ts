import { beforeEach, describe, expect, it } from '@jest/globals';
import type { Issue } from '../../src/ports.js';
import { issueForJiraTicket, JIRA_ISSUE_LABEL } from '../../src/usecases/ticket-issue.js';
import { FakeCodeHost } from '../support/fakes/index.js';

const ticket = {
  key: 'ABC-12',
  summary: '[hello] Add a greeting flag',
  description: 'The CLI should greet.',
  url: 'https://jira.example.com/browse/ABC-12',
};
let host: FakeCodeHost;
beforeEach(() => {
  host = new FakeCodeHost();
});

describe('the GitHub issue of a Jira ticket', () => {
  it('is opened once, labelled, titled with the key and linking the ticket', async () => {
    expect(await issueForJiraTicket(ticket, host)).toEqual({ issue: 1 });
    expect(host.issue(1)).toMatchObject({
      title: '[ABC-12] Add a greeting flag',
      body: 'From Jira [ABC-12](https://jira.example.com/browse/ABC-12).\n\nThe CLI should greet.',
    });
    expect(host.labelsOf(1)).toEqual([JIRA_ISSUE_LABEL]);
    // Asked again (a second event, a replica): the same issue, nothing opened.
    expect(await issueForJiraTicket(ticket, host)).toEqual({ issue: 1 });
    expect(host.callsOf('openIssue')).toHaveLength(1);
  });

  it('is not an issue of another key, nor one without the label', async () => {
    host.addIssue({ title: '[ABC-12] opened by hand' });
    await host.openIssue({ title: '[ABC-123] another ticket', body: '', labels: ['jira'] });
    expect(await issueForJiraTicket(ticket, host)).toEqual({ issue: 3 });
  });

  it('when two were opened at once, the first wins and the other is closed as its duplicate', async () => {
    class RacingHost extends FakeCodeHost {
      override async openIssue(issue: {
        title: string;
        body: string;
        labels: string[];
      }): Promise<Issue> {
        // Another replica opens the same ticket's issue between this one's look and its open.
        if (this.callsOf('openIssue').length === 0) await super.openIssue(issue);
        return super.openIssue(issue);
      }
    }
    const racing = new RacingHost();
    expect(await issueForJiraTicket(ticket, racing)).toEqual({ duplicate: 2, of: 1 });
    expect(racing.issue(2).open).toBe(false);
    expect(racing.commentsOn(2)).toEqual(['Duplicate of #1.']);
    expect(racing.issue(1).open).toBe(true);
  });
});
