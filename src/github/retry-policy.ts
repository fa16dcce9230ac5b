/**
 * What to do with a failed GitHub request, as GitHub documents it
 * (REST "Rate limits", "Exceeding the rate limit"): a pure decision, so the
 * waiting code only sleeps and counts.
 */

export type RateLimitKind = 'primary' | 'secondary';

export type RetryDecision =
  | { kind: 'rate-limit'; limit: RateLimitKind; waitSeconds: number }
  | { kind: 'transient'; waitSeconds: number }
  | { kind: 'final' };

export interface Failure {
  status: number | undefined;
  headers: Readonly<Record<string, string | number | undefined>>;
  message: string;
  /** GraphQL answers rate limits with 200 and an error of type RATE_LIMITED. */
  graphqlRateLimited?: boolean;
}

/** GitHub: with neither header, "wait for at least one minute before retrying". */
export const SECONDARY_FALLBACK_SECONDS = 60;

export function decideRetry(failure: Failure, attempt: number, nowMs: number): RetryDecision {
  const { status } = failure;
  const retryAfter = retryAfterSeconds(failure.headers['retry-after'], nowMs);
  const exhausted = header(failure.headers, 'x-ratelimit-remaining') === '0';
  const rateLimited =
    failure.graphqlRateLimited === true ||
    status === 429 ||
    (status === 403 &&
      (exhausted || retryAfter !== undefined || /rate limit/i.test(failure.message)));
  if (rateLimited) {
    // retry-after wins when present; then the reset time of an exhausted quota.
    if (retryAfter !== undefined)
      return {
        kind: 'rate-limit',
        limit: exhausted ? 'primary' : 'secondary',
        waitSeconds: retryAfter,
      };
    if (exhausted || failure.graphqlRateLimited) {
      const reset = Number(header(failure.headers, 'x-ratelimit-reset'));
      // One second past the reset, as GitHub advises, so the retry lands after it.
      const wait = Number.isFinite(reset)
        ? Math.ceil(reset - nowMs / 1000) + 1
        : SECONDARY_FALLBACK_SECONDS;
      return { kind: 'rate-limit', limit: 'primary', waitSeconds: Math.max(wait, 1) };
    }
    return { kind: 'rate-limit', limit: 'secondary', waitSeconds: SECONDARY_FALLBACK_SECONDS };
  }
  // Network failures reach here without a status; 5xx are GitHub's own trouble. Any other
  // 4xx (422 above all) says the request itself is wrong: sending it again cannot help.
  if (!status || status >= 500) {
    const backoff = 2 ** attempt;
    return { kind: 'transient', waitSeconds: Math.max(backoff, retryAfter ?? 0) };
  }
  return { kind: 'final' };
}

function header(
  headers: Readonly<Record<string, string | number | undefined>>,
  name: string,
): string | undefined {
  const value = headers[name];
  return value === undefined ? undefined : String(value).trim();
}

/** retry-after is either delta-seconds or an HTTP date (RFC 9110). */
function retryAfterSeconds(value: string | number | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - nowMs) / 1000));
}
