import { setTimeout as sleep } from 'node:timers/promises';
import type OpenAI from 'openai';

export interface BoundedCallOptions {
  /** The whole call, every attempt and wait included, ends by then. */
  timeoutMs: number;
  /** Resends after overload, rate limits, 5xx and dropped connections, while time is left. */
  retries: number;
  /** Names the endpoint in failures. */
  endpoint: string;
}

export class ModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelError';
  }
}

type Attempt<T> = (request: { signal: AbortSignal; timeout: number; maxRetries: 0 }) => Promise<T>;

/**
 * One deadline over the whole model call. The SDK's own retries are off
 * (each of them would get a fresh timeout); ours only run while the
 * deadline allows, and an attempt in flight is aborted when it comes.
 */
export async function boundedCall<T>(
  sdk: typeof OpenAI,
  options: BoundedCallOptions,
  attempt: Attempt<T>,
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  const signal = AbortSignal.timeout(options.timeoutMs);
  const timedOut = () =>
    new ModelError(
      `the model endpoint ${options.endpoint} did not answer within ${options.timeoutMs / 1000}s ` +
        '(model-timeout-seconds, retries included)',
    );
  for (let tries = 0; ; tries += 1) {
    try {
      return await attempt({ signal, timeout: Math.max(1, deadline - Date.now()), maxRetries: 0 });
    } catch (error) {
      if (signal.aborted || error instanceof sdk.APIConnectionTimeoutError) throw timedOut();
      const failed = new ModelError(
        `the model endpoint ${options.endpoint} failed: ${describe(error, sdk)}`,
      );
      if (tries >= options.retries || !retryable(error, sdk)) throw failed;
      const wait = waitBefore(error, sdk, tries);
      // A retry that cannot finish in time only hides what the endpoint said.
      if (Date.now() + wait >= deadline) throw failed;
      await sleep(wait);
    }
  }
}

function retryable(error: unknown, sdk: typeof OpenAI): boolean {
  if (error instanceof sdk.APIConnectionError) return true;
  const status = error instanceof sdk.APIError ? numberOr(error.status) : undefined;
  if (status === undefined) return false;
  return [408, 409, 429].includes(status) || status >= 500;
}

function waitBefore(error: unknown, sdk: typeof OpenAI, tries: number): number {
  const backoff = 500 * 2 ** tries;
  const headers: unknown = error instanceof sdk.APIError ? error.headers : undefined;
  const header = headers instanceof Headers ? headers.get('retry-after') : null;
  const asked = header && /^\d+(\.\d+)?$/.test(header.trim()) ? Number(header) * 1000 : 0;
  return Math.max(backoff, asked);
}

function numberOr(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function describe(error: unknown, sdk: typeof OpenAI): string {
  if (error instanceof sdk.APIError) {
    // The SDK's message usually starts with the status already.
    const status = String(numberOr(error.status) ?? 'no status');
    return error.message.startsWith(status) ? error.message : `${status} ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
