import { HttpStub } from './http-stub.js';

/** Slack's Web API: chat.postMessage answers with a new ts per message. */
export class FakeSlack extends HttpStub {
  private count = 0;

  constructor() {
    super((request) => {
      if (request.path === '/api/chat.postMessage') {
        this.count += 1;
        const body = request.body as { channel?: string };
        return {
          body: {
            ok: true,
            channel: body.channel,
            ts: `1700000000.${String(this.count).padStart(6, '0')}`,
          },
        };
      }
      return { body: { ok: false, error: 'unknown_method' } };
    });
  }

  get messages(): Record<string, unknown>[] {
    return this.requests
      .filter((r) => r.path === '/api/chat.postMessage')
      .map((r) => r.body as Record<string, unknown>);
  }
}
