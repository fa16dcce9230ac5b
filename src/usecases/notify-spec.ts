import type { TicketState } from '../core/state.js';
import type { Issue, Ticket } from '../ports.js';
import { stageMessage } from '../slack/messages.js';
import type { SpecAnswer } from '../spec/spec-answer.js';
import type { Deps } from './deps.js';
import type { SideEffects } from './side-effects.js';

export interface SpecNotice {
  answer: SpecAnswer;
  issue?: Issue;
  jiraKey?: string;
  jiraUrl?: string;
  ticket?: Ticket;
  pull: { number: number; url: string };
  created: boolean;
  state: TicketState;
}

/**
 * Tells Slack (one thread per ticket) and Jira (comment, link, transition)
 * that a spec awaits approval. Returns the Slack thread when one was started.
 */
export async function notifySpecReady(
  notice: SpecNotice,
  deps: Pick<Deps, 'chat' | 'tracker' | 'policy'>,
  effects: SideEffects,
): Promise<{ channel: string; ts: string } | undefined> {
  const verb = notice.created ? 'Spec ready for approval' : 'Spec updated';
  let thread: { channel: string; ts: string } | undefined;
  if (deps.chat) {
    const chat = deps.chat;
    const message = stageMessage(
      {
        title: notice.answer.title,
        ...(notice.jiraKey ? { jiraKey: notice.jiraKey } : {}),
        ...(notice.jiraUrl ? { jiraUrl: notice.jiraUrl } : {}),
        ...(notice.issue ? { issue: { number: notice.issue.number, url: notice.issue.url } } : {}),
      },
      verb,
      `${notice.answer.scope.length} file(s) in scope. Approve with /approve on the pull request.`,
      { url: notice.pull.url, label: `PR #${notice.pull.number}` },
    );
    thread = await effects.attempt('Posting to Slack', () =>
      chat.post({ ...message, ...(notice.state.slack ? { threadTs: notice.state.slack.ts } : {}) }),
    );
  }
  const tracker = deps.tracker;
  const key = notice.jiraKey;
  if (tracker && key && notice.ticket) {
    await effects.attempt('Commenting on Jira', () =>
      tracker.comment(
        key,
        `${verb}: [${notice.answer.title}](${notice.pull.url}) (GitHub PR #${notice.pull.number}). A person with write access approves it with \`/approve\` on the pull request.`,
      ),
    );
    await effects.attempt('Linking the pull request in Jira', () =>
      tracker.linkPullRequest(key, {
        url: notice.pull.url,
        title: `PR #${notice.pull.number}: ${notice.answer.title}`,
      }),
    );
    const status = deps.policy.jiraStatusSpecReview;
    if (status && notice.created) {
      await effects.attempt(`Moving ${key} to "${status}"`, async () => {
        if (!(await tracker.transition(key, status)))
          throw new Error(`no transition of ${key} leads to "${status}"`);
      });
    }
  }
  return notice.state.slack ? undefined : thread;
}
