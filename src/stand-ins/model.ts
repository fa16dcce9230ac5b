import { HttpStub, type StubReply } from './http-stub.js';

export interface ScriptedToolCall {
  name: string;
  args: Record<string, unknown>;
}

export type ScriptedAnswer =
  | string
  | { tools: ScriptedToolCall[]; usage?: unknown }
  | { status: number; body: unknown }
  | { hang: true }
  /** A text answer with the `usage` given (any JSON, or left out when the key is absent). */
  | { content: string; usage?: unknown };

/**
 * An OpenAI-compatible Chat Completions endpoint that answers from a script,
 * one entry per request, and records the prompts it was sent.
 */
export class FakeModel extends HttpStub {
  readonly script: ScriptedAnswer[];
  private calls = 0;

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
      if (typeof next === 'string') return { body: completion(next) };
      if ('tools' in next) {
        const reply = toolCompletion(next.tools, ++this.calls);
        return { body: 'usage' in next ? { ...reply, usage: next.usage } : reply };
      }
      if ('content' in next) return { body: withUsage(completion(next.content), next) };
      return 'hang' in next ? { hang: true } : { status: next.status, body: next.body };
    });
    this.script = [...script];
  }

  /** Answers not yet used: a test can check the script ran to its end. */
  get remaining(): number {
    return this.script.length;
  }

  get prompts(): { role: string; content: string }[][] {
    return this.requests
      .filter((r) => r.path.endsWith('/chat/completions'))
      .map((r) => (r.body as { messages: { role: string; content: string }[] }).messages);
  }
}

/** Endpoints differ in what they say about usage: the script replaces it, or drops it. */
function withUsage(reply: object, answer: object): Record<string, unknown> {
  const body: Record<string, unknown> = { ...reply };
  if ('usage' in answer) body.usage = answer.usage;
  else delete body.usage;
  return body;
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

export function toolCompletion(calls: ScriptedToolCall[], turn: number) {
  return {
    id: `chatcmpl-tools-${turn}`,
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'test-model',
    choices: [
      {
        index: 0,
        finish_reason: 'tool_calls',
        message: {
          role: 'assistant',
          content: null,
          refusal: null,
          tool_calls: calls.map((c, i) => ({
            id: `call_${turn}_${i}`,
            type: 'function',
            function: { name: c.name, arguments: JSON.stringify(c.args) },
          })),
        },
      },
    ],
    usage: { prompt_tokens: 2000, completion_tokens: 150, total_tokens: 2150 },
  };
}
