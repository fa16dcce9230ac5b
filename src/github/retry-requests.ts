import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../ports.js';
import type { GitHubClient } from './client.js';
import { decideRetry, type Failure, type RateLimitKind } from './retry-policy.js';

export interface RetryOptions {
  log: Logger;
  /** Retries of one request after 5xx or network failures. */
  retries: number;
  /** Rate-limit waits summed over the client's life: one run never waits longer than this. */
  maxWaitSeconds: number;
}

/** The request was rate limited and waiting it out would pass the allowed total. */
export class RateLimitError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly limit: RateLimitKind,
  ) {
    super(message);
    this.name = 'RateLimitError';
  }
}

// A few resends of one request are enough; retry-after: 0 must not spin.
const MAX_RATE_LIMIT_RETRIES = 5;

/** Waits and resends as retry-policy decides; every other failure goes to the caller at once. */
export function retryRequests(client: GitHubClient, options: RetryOptions): void {
  let waitedSeconds = 0;
  client.hook.wrap('request', async (request, requestOptions) => {
    let transient = 0;
    let limited = 0;
    const label = describeRequest(requestOptions);
    for (;;) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const decision = decideRetry(failureOf(error), transient, Date.now());
        if (decision.kind === 'final') throw error;
        if (decision.kind === 'transient') {
          if (transient >= retriesOf(requestOptions.request, options.retries)) throw error;
          transient += 1;
          options.log.warn(
            `GitHub failed on ${label}; retry ${transient} in ${decision.waitSeconds}s`,
          );
          await sleep(decision.waitSeconds * 1000);
          continue;
        }
        const left = options.maxWaitSeconds - waitedSeconds;
        if (decision.waitSeconds > left || limited >= MAX_RATE_LIMIT_RETRIES) {
          const message =
            `GitHub's ${decision.limit} rate limit on ${label}: GitHub asks to wait ${decision.waitSeconds}s, ` +
            `more than the ${left}s left of the ${options.maxWaitSeconds}s this run may wait (rate-limit-wait-seconds)`;
          options.log.error(message);
          throw new RateLimitError(message, failureOf(error).status, decision.limit);
        }
        limited += 1;
        waitedSeconds += decision.waitSeconds;
        options.log.warn(
          `GitHub ${decision.limit} rate limit on ${label}; retrying in ${decision.waitSeconds}s`,
        );
        await sleep(decision.waitSeconds * 1000);
      }
    }
  });
}

/** A caller that makes its own create idempotent turns the blind resend off (`request: { retries: 0 }`). */
function retriesOf(request: unknown, fallback: number): number {
  if (typeof request !== 'object' || request === null || !('retries' in request)) return fallback;
  return typeof request.retries === 'number' ? request.retries : fallback;
}

// The URL is a template ({owner}/{repo}); a person wants the real path.
function describeRequest(options: { method: string; url: string; [key: string]: unknown }): string {
  const path = options.url.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = options[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
  });
  return `${options.method} ${path}`;
}

function failureOf(error: unknown): Failure {
  const record = typeof error === 'object' && error !== null ? error : {};
  const status =
    'status' in record && typeof record.status === 'number' ? record.status : undefined;
  const response = 'response' in record ? record.response : undefined;
  const headers = fieldOf(response, 'headers');
  const data = fieldOf(response, 'data');
  const errors = Array.isArray(data.errors) ? (data.errors as unknown[]) : [];
  return {
    status,
    headers: Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [
        k.toLowerCase(),
        typeof v === 'number' ? v : typeof v === 'string' ? v : undefined,
      ]),
    ),
    message: error instanceof Error ? error.message : String(error),
    graphqlRateLimited: errors.some(
      (e) => typeof e === 'object' && e !== null && 'type' in e && e.type === 'RATE_LIMITED',
    ),
  };
}

function fieldOf(value: unknown, key: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || !(key in value)) return {};
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'object' && field !== null ? (field as Record<string, unknown>) : {};
}
