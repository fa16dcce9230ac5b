import { ErrorCode, WebClient } from '@slack/web-api';
import type { Redactor } from '../core/redact.js';
import { NotifyBudget, type FailureAdvice } from '../notify/notify-budget.js';
import type { Chat, ChatThread, StageMessage } from '../ports.js';
import { slackPayload } from './messages.js';

export interface SlackOptions {
  token: string;
  channel: string;
  apiUrl: string;
  timeoutMs?: number;
}

/** Slack through @slack/web-api: stage messages as Block Kit, every text and block redacted. */
export class SlackChat implements Chat {
  private readonly client: WebClient;

  constructor(
    private readonly options: SlackOptions,
    private readonly redactor: Redactor,
    private readonly budget = new NotifyBudget(10),
  ) {
    // The client's own retries and rate-limit waits are unbounded over a run:
    // off here, and done by the run's notification budget instead.
    this.client = new WebClient(options.token, {
      slackApiUrl: options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`,
      timeout: Math.min(options.timeoutMs ?? 15_000, budget.totalSeconds * 1000 || 1),
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
  }

  async post(message: StageMessage): Promise<ChatThread> {
    // Redacted before escaping, so a secret holding &, < or > is still found;
    // and once more as sent, whatever the building added.
    const r = (text: string) => this.redactor.redact(text);
    const payload = slackPayload({
      ...message,
      stage: r(message.stage),
      title: r(message.title),
      detail: r(message.detail),
      links: message.links.map((l) => ({ url: r(l.url), label: r(l.label) })),
    });
    const blocks = JSON.parse(r(JSON.stringify(payload.blocks))) as never[];
    const result = await this.budget.call(
      'Slack',
      () =>
        this.client.chat.postMessage({
          // Always the configured channel: the thread comes from a PR body that
          // people can edit, and must not steer posts to another channel.
          channel: this.options.channel,
          text: r(payload.text),
          blocks,
          parse: 'none',
          link_names: false,
          ...(message.thread ? { thread_ts: message.thread.ts } : {}),
          unfurl_links: false,
        }),
      adviseOnSlack,
    );
    if (!result.ts) throw new Error('Slack accepted the message but returned no timestamp');
    return { channel: result.channel ?? this.options.channel, ts: result.ts };
  }
}

function adviseOnSlack(error: unknown): FailureAdvice {
  if (typeof error !== 'object' || error === null || !('code' in error)) return { retry: false };
  if (error.code === ErrorCode.RateLimitedError && 'retryAfter' in error) {
    const seconds = Number(error.retryAfter);
    return { retry: true, ...(Number.isFinite(seconds) ? { waitMs: seconds * 1000 } : {}) };
  }
  if (error.code === ErrorCode.RequestError) return { retry: true };
  const status = 'statusCode' in error ? Number(error.statusCode) : 0;
  return { retry: error.code === ErrorCode.HTTPError && status >= 500 };
}
