import { GitHub, getOctokitOptions } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../ports.js';

export type GitHubClient = InstanceType<typeof GitHub>;

export interface GitHubClientOptions {
  token: string;
  baseUrl: string;
  log: Logger;
  /** Retries of 5xx and network errors. */
  retries?: number;
  /** Longest rate-limit wait we accept before failing with a clear message. */
  maxRateLimitWaitSeconds?: number;
  /** Space mutating requests as GitHub asks of clients (off only for local stand-ins). */
  pacing?: boolean;
}

const ThrottledGitHub = GitHub.plugin(retry, throttling);

/**
 * An Octokit that waits out rate limits as GitHub's headers say (bounded)
 * and retries transient failures. Built per run, never shared.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const retries = options.retries ?? 3;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _o: unknown,
      retryCount: number,
    ) => {
      if (retryCount < 2 && retryAfter <= maxWait) {
        options.log.warn(
          `GitHub ${kind} rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`,
        );
        return true;
      }
      options.log.error(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; reset is ${retryAfter}s away, giving up`,
      );
      return false;
    };
  return new ThrottledGitHub(
    getOctokitOptions(options.token, {
      baseUrl: options.baseUrl,
      request: { retries },
      throttle: {
        enabled: options.pacing ?? true,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
    }),
  );
}
