import { afterEach, describe, expect, it } from '@jest/globals';
import { OpenAiModel } from '../../src/model/openai-model.js';
import { FakeModel, type ScriptedAnswer } from '../../src/stand-ins/model.js';

let endpoint: FakeModel | undefined;
afterEach(() => endpoint?.stop());

async function modelAnswering(script: ScriptedAnswer[], timeoutMs: number): Promise<OpenAiModel> {
  endpoint = new FakeModel(script);
  await endpoint.start();
  // No maxRetries: the client's own default is what runs in production.
  return new OpenAiModel({ baseUrl: `${endpoint.url}/v1`, model: 'test-model', timeoutMs });
}

const ask = [{ role: 'user' as const, content: 'hello' }];

describe('OpenAiModel: one deadline for the whole call', () => {
  it('fails within the timeout, retries included, naming the endpoint and the timeout', async () => {
    const model = await modelAnswering([{ hang: true }, { hang: true }, { hang: true }], 5000);
    const failure = await model.complete(ask).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(String(failure)).toContain(`${endpoint!.url}/v1`);
    expect(String(failure)).toMatch(/\b5 ?s\b/);
    // One deadline for the call: the hanging attempt used it all, so no retry was sent
    // (a timeout per attempt would have sent all three).
    expect(endpoint!.requests).toHaveLength(1);
  });

  it('retries a failing endpoint inside the deadline', async () => {
    const model = await modelAnswering(
      [{ status: 503, body: { error: { message: 'overloaded' } } }, 'fine'],
      5000,
    );
    await expect(model.complete(ask)).resolves.toMatchObject({ content: 'fine' });
    expect(endpoint!.requests).toHaveLength(2);
  });

  it('stops retrying when the deadline comes, and says what the endpoint answered', async () => {
    const overloaded = { status: 503, body: { error: { message: 'overloaded' } } };
    const model = await modelAnswering(Array<ScriptedAnswer>(20).fill(overloaded), 2000);
    await expect(model.chat(ask, [])).rejects.toThrow(/503.*overloaded|overloaded.*503/);
    // It gave up on the deadline, not because the endpoint ran out of answers.
    expect(endpoint!.requests.length).toBeGreaterThan(1);
    expect(endpoint!.requests.length).toBeLessThan(20);
  });

  it('does not resend a request the endpoint refused', async () => {
    const model = await modelAnswering(
      [{ status: 400, body: { error: { message: 'bad request' } } }, 'never'],
      5000,
    );
    await expect(model.complete(ask)).rejects.toThrow(/400/);
    expect(endpoint!.requests).toHaveLength(1);
  });
});
