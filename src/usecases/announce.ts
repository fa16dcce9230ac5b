import type { TicketState } from '../core/state.js';
import type { ChatThread, StageMessage } from '../ports.js';
import type { Deps } from './deps.js';
import type { SideEffects } from './side-effects.js';

export interface Announcement {
  stage: string;
  detail: string;
  pull: { number: number; url: string };
  title: string;
  /** Jira status to move the ticket to, if configured. */
  jiraStatus?: string;
  /** Also link the PR on the Jira ticket (idempotent: a second link updates the first). */
  linkPull?: boolean;
  /** false when the ticket could not be read: Jira is not tried again in the same run. */
  tellJira?: boolean;
  /** Extra references for the Slack message. */
  jiraUrl?: string;
  issue?: { number: number; url: string };
}

/**
 * Tells the ticket's Slack thread and Jira ticket about a stage. Failures are
 * warnings: the GitHub work has already happened and stands. Returns the
 * Slack thread when this message started it (the ticket had none).
 */
export async function announce(
  deps: Pick<Deps, 'chat' | 'tracker'>,
  effects: SideEffects,
  state: TicketState,
  news: Announcement,
): Promise<ChatThread | undefined> {
  let started: ChatThread | undefined;
  const chat = deps.chat;
  if (chat) {
    const message: StageMessage = {
      stage: news.stage,
      title: news.title,
      detail: news.detail,
      ticket: {
        ...(state.jiraKey ? { jiraKey: state.jiraKey } : {}),
        ...(news.jiraUrl ? { jiraUrl: news.jiraUrl } : {}),
        ...(news.issue ? { issue: news.issue } : {}),
      },
      links: [{ url: news.pull.url, label: `PR #${news.pull.number}` }],
      ...(state.slack ? { thread: state.slack } : {}),
    };
    const posted = await effects.attempt('Posting to Slack', () => chat.post(message));
    if (!state.slack) started = posted;
  }
  const tracker = deps.tracker;
  const key = state.jiraKey;
  if (tracker && key && news.tellJira !== false) {
    await effects.attempt('Commenting on Jira', () =>
      tracker.comment(
        key,
        `${news.stage}: ${news.detail}\n\n[GitHub PR #${news.pull.number}](${news.pull.url})`,
      ),
    );
    if (news.linkPull) {
      await effects.attempt('Linking the pull request in Jira', () =>
        tracker.linkPullRequest(key, {
          url: news.pull.url,
          title: `PR #${news.pull.number}: ${news.title}`,
        }),
      );
    }
    const status = news.jiraStatus;
    if (status) {
      await effects.attempt(`Moving ${key} to "${status}"`, async () => {
        if (!(await tracker.transition(key, status)))
          throw new Error(`no transition of ${key} leads to "${status}"`);
      });
    }
  }
  return started;
}
