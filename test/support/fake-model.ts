import { HttpStub, type StubReply } from './http-stub.js';

export type ScriptedAnswer = string | { status: number; body: unknown } | { hang: true };

/**
 * An OpenAI-compatible Chat Completions endpoint that answers from a script,
 * one entry per request, and records the prompts it was sent.
 */
export class FakeModel extends HttpStub {
  private readonly script: ScriptedAnswer[];

  constructor(script: ScriptedAnswer[]) {
    super((request): StubReply => {
      if (request.method !== 'POST' || !request.path.endsWith('/chat/completions')) {
        return {
          status: 404,
          body: { error: { message: `unexpected ${request.method} ${request.path}` } },
        };
      }
      const next = this.script.shift();
      if (next === undefined)
        return { status: 500, body: { error: { message: 'the script has no more answers' } } };
      if (typeof next !== 'string')
        return 'hang' in next ? { hang: true } : { status: next.status, body: next.body };
      return { body: completion(next) };
    });
    this.script = [...script];
  }

  get prompts(): { role: string; content: string }[][] {
    return this.requests
      .filter((r) => r.path.endsWith('/chat/completions'))
      .map((r) => (r.body as { messages: { role: string; content: string }[] }).messages);
  }
}

export function completion(content: string) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'test-model',
    choices: [
      { index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal: null } },
    ],
    usage: { prompt_tokens: 1200, completion_tokens: 300, total_tokens: 1500 },
  };
}
