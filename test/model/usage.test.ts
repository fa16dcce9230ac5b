import { afterEach, describe, expect, it } from '@jest/globals';
import { Budget } from '../../src/agent/budget.js';
import { OpenAiModel } from '../../src/model/openai-model.js';
import { FakeModel } from '../../src/stand-ins/model.js';

const endpoints: FakeModel[] = [];
afterEach(async () => {
  await Promise.all(endpoints.map((e) => e.stop()));
  endpoints.length = 0;
});

async function usageFor(usage: unknown, withKey = true) {
  const endpoint = new FakeModel([
    withKey ? { content: 'a'.repeat(400), usage } : { content: 'a'.repeat(400) },
  ]);
  endpoints.push(endpoint);
  await endpoint.start();
  const model = new OpenAiModel({ baseUrl: endpoint.url, model: 'test-model', timeoutMs: 5000 });
  return (await model.complete([{ role: 'user', content: 'b'.repeat(4000) }])).usage;
}

const isCount = (n: number) => Number.isFinite(n) && n >= 0 && Number.isInteger(n);

describe('model usage that is missing, partial or not a number', () => {
  it.each([
    ['empty', {}],
    ['null', null],
    ['nulls', { prompt_tokens: null, completion_tokens: null }],
    ['strings', { prompt_tokens: '12', completion_tokens: 'many' }],
    ['negative', { prompt_tokens: -5, completion_tokens: -1 }],
    ['not an object', 'lots'],
    ['not numbers', { prompt_tokens: 'NaN', completion_tokens: true, total_tokens: 'x' }],
  ])('is estimated when %s', async (_name, usage) => {
    const counted = await usageFor(usage);
    expect(isCount(counted.promptTokens) && isCount(counted.completionTokens)).toBe(true);
    // About 4 characters a token: the 4,000-character prompt and the 400-character reply.
    expect(counted.promptTokens).toBeGreaterThanOrEqual(1000);
    expect(counted.completionTokens).toBeGreaterThanOrEqual(100);
  });

  it('is estimated when absent', async () => {
    expect((await usageFor(undefined, false)).promptTokens).toBeGreaterThanOrEqual(1000);
  });

  it('keeps each reported count that is a real number and derives a part from the total', async () => {
    expect(await usageFor({ prompt_tokens: 7, completion_tokens: 'x' })).toEqual({
      promptTokens: 7,
      completionTokens: 100,
    });
    expect(await usageFor({ completion_tokens: 30, total_tokens: 1030 })).toEqual({
      promptTokens: 1000,
      completionTokens: 30,
    });
  });

  it('keeps the token budget closed through the real client', async () => {
    const budget = new Budget(
      { turns: 10, tokens: 1000, costUsd: 5, wallMs: 60_000 },
      {
        input: 2,
        output: 8,
      },
    );
    budget.record(await usageFor({}));
    expect(budget.exhausted()).toBe('the token budget (1000) is spent');
    expect(Number.isFinite(budget.spent.costUsd)).toBe(true);
  });
});

describe('Budget', () => {
  it('closes on usage it cannot count, and never reports NaN', () => {
    const budget = new Budget(
      { turns: 10, tokens: 1_000_000, costUsd: 5, wallMs: 60_000 },
      {
        input: 2,
        output: 8,
      },
    );
    budget.record({ promptTokens: Number.NaN, completionTokens: 3 });
    expect(budget.exhausted()).toMatch(/cannot be counted/);
    const { promptTokens, completionTokens, costUsd } = budget.spent;
    expect([promptTokens, completionTokens, costUsd].every(Number.isFinite)).toBe(true);
  });
});
