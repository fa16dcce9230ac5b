import type { Chat, ChatThread, StageMessage } from '../../../src/ports.js';
import { Recording } from './recording.js';

/**
 * A chat channel in memory: every message posted, with the thread it went to.
 * A message outside a thread starts one, named after the message.
 */
export class FakeChat extends Recording<Chat> implements Chat {
  readonly posts: { message: StageMessage; thread: ChatThread }[] = [];

  constructor(readonly channel = 'C0123456') {
    super();
  }

  async post(message: StageMessage): Promise<ChatThread> {
    await this.record('post', message);
    const thread = message.thread ?? {
      channel: this.channel,
      ts: `1700000000.${String(this.posts.length + 1).padStart(6, '0')}`,
    };
    this.posts.push({ message, thread });
    return thread;
  }

  /** The stages posted, in order ("Spec rejected", "Timed out"...). */
  get stages(): string[] {
    return this.posts.map((p) => p.message.stage);
  }
}
