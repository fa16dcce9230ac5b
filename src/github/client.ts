import { GitHub, getOctokitOptions } from '@actions/github/lib/utils';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../ports.js';
import { retryRequests } from './retry-requests.js';

export type GitHubClient = InstanceType<typeof GitHub>;

export interface GitHubClientOptions {
  token: string;
  baseUrl: string;
  log: Logger;
  /** Retries of 5xx and network errors, with exponential backoff. */
  retries?: number;
  /** Rate-limit waits the client may add up over its life, before failing with a clear message. */
  maxRateLimitWaitSeconds?: number;
  /** Space mutating requests as GitHub asks of clients (off only for local stand-ins). */
  pacing?: boolean;
}

// The throttling plugin only spaces requests here; waiting and retrying is
// retryRequests' job, so the two never both resend one failure.
const PacedGitHub = GitHub.plugin(throttling);
const neverRetry = (): boolean => false;

/**
 * An Octokit that waits out rate limits as GitHub's headers say (bounded)
 * and retries transient failures. Built per run, never shared.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const client = new PacedGitHub(
    getOctokitOptions(options.token, {
      baseUrl: options.baseUrl,
      throttle: {
        enabled: options.pacing ?? true,
        onRateLimit: neverRetry,
        onSecondaryRateLimit: neverRetry,
      },
    }),
  );
  retryRequests(client, {
    log: options.log,
    retries: options.retries ?? 3,
    maxWaitSeconds: options.maxRateLimitWaitSeconds ?? 120,
  });
  return client;
}
