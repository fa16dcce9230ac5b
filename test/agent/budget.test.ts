import { describe, expect, it } from '@jest/globals';
import { Budget, priceOf } from '../../src/agent/budget.js';

const limits = { turns: 3, tokens: 10_000, costUsd: 0.05, wallMs: 60_000 };

describe('Budget', () => {
  it('fails closed on each limit', () => {
    let now = 0;
    const clock = () => now;
    const turns = new Budget(limits, undefined, clock);
    for (let i = 0; i < 3; i++) turns.record({ promptTokens: 1, completionTokens: 1 });
    expect(turns.exhausted()).toBe('the turn budget (3) is spent');

    const tokens = new Budget(limits, undefined, clock);
    tokens.record({ promptTokens: 9_000, completionTokens: 1_000 });
    expect(tokens.exhausted()).toBe('the token budget (10000) is spent');

    const cost = new Budget(limits, { input: 10, output: 30 }, clock);
    cost.record({ promptTokens: 4_000, completionTokens: 500 });
    expect(cost.spent.costUsd).toBeCloseTo(0.055);
    expect(cost.exhausted()).toBe('the cost budget ($0.05) is spent');

    const time = new Budget(limits, undefined, clock);
    now = 60_000;
    expect(time.exhausted()).toBe('the time budget (1 min) is spent');
  });

  it('lets users add and override prices', () => {
    expect(priceOf('gpt-4.1', {})).toEqual({ input: 2, output: 8 });
    expect(priceOf('gpt-4.1', { 'gpt-4.1': { input: 1, output: 1 } })).toEqual({
      input: 1,
      output: 1,
    });
    expect(priceOf('local-llama', {})).toBeUndefined();
  });
});
