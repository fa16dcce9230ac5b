import type { TicketState } from '../core/state.js';
import { stageMessage } from '../slack/messages.js';
import type { Deps } from './deps.js';
import type { SideEffects } from './side-effects.js';

export interface Announcement {
  stage: string;
  detail: string;
  pull: { number: number; url: string };
  title: string;
  /** Jira status to move the ticket to, if configured. */
  jiraStatus?: string;
}

/**
 * Tells the ticket's Slack thread and Jira ticket about a stage. Failures are
 * warnings: the GitHub work has already happened and stands.
 */
export async function announce(
  deps: Pick<Deps, 'chat' | 'tracker'>,
  effects: SideEffects,
  state: TicketState,
  news: Announcement,
): Promise<void> {
  const chat = deps.chat;
  if (chat) {
    const message = stageMessage(
      { title: news.title, ...(state.jiraKey ? { jiraKey: state.jiraKey } : {}) },
      news.stage,
      news.detail,
      { url: news.pull.url, label: `PR #${news.pull.number}` },
    );
    await effects.attempt('Posting to Slack', () =>
      chat.post({ ...message, ...(state.slack ? { threadTs: state.slack.ts } : {}) }),
    );
  }
  const tracker = deps.tracker;
  const key = state.jiraKey;
  if (tracker && key) {
    await effects.attempt('Commenting on Jira', () =>
      tracker.comment(
        key,
        `${news.stage}: ${news.detail}\n\n[GitHub PR #${news.pull.number}](${news.pull.url})`,
      ),
    );
    const status = news.jiraStatus;
    if (status) {
      await effects.attempt(`Moving ${key} to "${status}"`, async () => {
        if (!(await tracker.transition(key, status)))
          throw new Error(`no transition of ${key} leads to "${status}"`);
      });
    }
  }
}
