import { setTimeout as sleep } from 'node:timers/promises';

/** How a service's failure should be handled: resent after a wait, or given up. */
export interface FailureAdvice {
  retry: boolean;
  /** What the service asked for (retry-after), if anything. */
  waitMs?: number;
}

export class NotifyBudgetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotifyBudgetError';
  }
}

// Two resends are enough to ride out a blip; more only spends the budget.
const MAX_RETRIES = 2;

/**
 * One time budget per run, shared by Slack and Jira. Their failures, timeouts
 * and retry waits are charged to it; once it is spent, every further message
 * fails at once, so a service answering 429 forever costs the run this much
 * and no more, whatever the number of messages.
 */
export class NotifyBudget {
  private spentMs = 0;
  private readonly blockedUntil = new Map<string, number>();

  constructor(
    readonly totalSeconds: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get remainingMs(): number {
    return Math.max(0, this.totalSeconds * 1000 - this.spentMs);
  }

  async call<T>(
    service: string,
    attempt: () => Promise<T>,
    advise: (error: unknown) => FailureAdvice,
  ): Promise<T> {
    for (let tries = 0; ; tries += 1) {
      await this.waitOut(service);
      const started = this.now();
      try {
        return await this.bounded(service, attempt());
      } catch (error) {
        this.spentMs += this.now() - started;
        const advice = advise(error);
        if (advice.waitMs !== undefined) this.blockedUntil.set(service, this.now() + advice.waitMs);
        if (!advice.retry || tries >= MAX_RETRIES) throw error;
        if (advice.waitMs === undefined)
          this.blockedUntil.set(service, this.now() + 500 * 2 ** tries);
      }
    }
  }

  /** A service that asked us to wait is not called before then, and the wait is charged. */
  private async waitOut(service: string): Promise<void> {
    const wait = (this.blockedUntil.get(service) ?? 0) - this.now();
    if (this.remainingMs <= 0 || wait >= this.remainingMs) {
      throw new NotifyBudgetError(
        `${service} was not told: ${wait > 0 ? `it asked to wait ${Math.ceil(wait / 1000)}s, and ` : ''}` +
          `the ${this.totalSeconds}s notification budget of this run (notify-budget-seconds) ` +
          `has ${Math.floor(this.remainingMs / 1000)}s left`,
      );
    }
    if (wait > 0) {
      await sleep(wait);
      this.spentMs += wait;
    }
  }

  /** No single answer may outlast what is left of the budget. */
  private async bounded<T>(service: string, pending: Promise<T>): Promise<T> {
    const limit = this.remainingMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new NotifyBudgetError(
              `${service} did not answer within the ${Math.ceil(limit / 1000)}s left of the notification budget`,
            ),
          ),
        limit,
      );
      timer.unref();
    });
    try {
      return await Promise.race([pending, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
