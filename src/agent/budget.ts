import { isTokenCount } from '../model/usage.js';
import type { ModelUsage } from '../ports.js';

export interface Price {
  /** USD per million prompt tokens. */
  input: number;
  /** USD per million completion tokens. */
  output: number;
}

/** List prices in USD per million tokens; users extend or override them with `model-prices`. */
export const DEFAULT_PRICES: Readonly<Record<string, Price>> = {
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'o4-mini': { input: 1.1, output: 4.4 },
  o3: { input: 2, output: 8 },
  'gpt-5': { input: 1.25, output: 10 },
  'gpt-5-mini': { input: 0.25, output: 2 },
};

export interface Limits {
  turns: number;
  tokens: number;
  costUsd: number;
  wallMs: number;
}

export interface Spent {
  turns: number;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  elapsedMs: number;
}

/** Turns, tokens, cost and wall time. Checked before every model call: it fails closed. */
export class Budget {
  private turns = 0;
  private promptTokens = 0;
  private completionTokens = 0;
  private uncounted = false;
  private readonly started: number;

  constructor(
    private readonly limits: Limits,
    private readonly price: Price | undefined,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.started = now();
  }

  record(usage: ModelUsage): void {
    this.turns += 1;
    // NaN would make every comparison false and switch the budget off; a call
    // whose usage cannot be counted may have spent anything, so it closes it.
    if (!isTokenCount(usage.promptTokens) || !isTokenCount(usage.completionTokens)) {
      this.uncounted = true;
      return;
    }
    this.promptTokens += usage.promptTokens;
    this.completionTokens += usage.completionTokens;
  }

  get spent(): Spent {
    return {
      turns: this.turns,
      promptTokens: this.promptTokens,
      completionTokens: this.completionTokens,
      costUsd: this.cost(),
      elapsedMs: this.now() - this.started,
    };
  }

  /** Why no further model call may be made, or undefined. */
  exhausted(): string | undefined {
    const spent = this.spent;
    if (this.uncounted) return 'the model reported token usage that cannot be counted';
    if (spent.turns >= this.limits.turns) return `the turn budget (${this.limits.turns}) is spent`;
    if (spent.promptTokens + spent.completionTokens >= this.limits.tokens)
      return `the token budget (${this.limits.tokens}) is spent`;
    if (spent.costUsd >= this.limits.costUsd)
      return `the cost budget ($${this.limits.costUsd.toFixed(2)}) is spent`;
    if (spent.elapsedMs >= this.limits.wallMs)
      return `the time budget (${Math.round(this.limits.wallMs / 60000)} min) is spent`;
    return undefined;
  }

  private cost(): number {
    if (!this.price) return 0;
    return (
      (this.promptTokens * this.price.input + this.completionTokens * this.price.output) / 1_000_000
    );
  }
}

export function priceOf(model: string, overrides: Record<string, Price>): Price | undefined {
  return overrides[model] ?? DEFAULT_PRICES[model];
}
