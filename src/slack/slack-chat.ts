import { WebClient } from '@slack/web-api';
import type { Redactor } from '../core/redact.js';
import type { Chat, ChatMessage } from '../ports.js';

export interface SlackOptions {
  token: string;
  channel: string;
  apiUrl: string;
  timeoutMs?: number;
}

/** Slack through @slack/web-api. Every text and block it posts is redacted. */
export class SlackChat implements Chat {
  private readonly client: WebClient;

  constructor(
    private readonly options: SlackOptions,
    private readonly redactor: Redactor,
  ) {
    this.client = new WebClient(options.token, {
      slackApiUrl: options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`,
      timeout: options.timeoutMs ?? 15_000,
      retryConfig: { retries: 2, maxTimeout: 5_000 },
      rejectRateLimitedCalls: false,
    });
  }

  async post(message: ChatMessage): Promise<{ channel: string; ts: string }> {
    const blocks = message.blocks
      ? (JSON.parse(this.redactor.redact(JSON.stringify(message.blocks))) as never[])
      : undefined;
    const result = await this.client.chat.postMessage({
      channel: this.options.channel,
      text: this.redactor.redact(message.text),
      ...(blocks ? { blocks } : {}),
      ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
      unfurl_links: false,
    });
    if (!result.ts) throw new Error('Slack accepted the message but returned no timestamp');
    return { channel: result.channel ?? this.options.channel, ts: result.ts };
  }
}
