import { RateLimitError } from './retry-requests.js';

/** Turns GitHub API failures into messages a person can act on. */
export function describeGitHubError(error: unknown, action: string): string {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RateLimitError) {
    return `GitHub's rate limit stopped specgate while trying to ${action}: ${message}. Try again after the limit resets.`;
  }
  if (status === 403 && /not permitted to create or approve pull requests/i.test(message)) {
    return (
      `GitHub refused to ${action}: this repository does not let GitHub Actions create pull requests. ` +
      'Turn on Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests", ' +
      'or give specgate a GitHub App or fine-grained token (see the README).'
    );
  }
  if ((status === 403 || status === 429) && /rate limit/i.test(message)) {
    return `GitHub's rate limit stopped specgate while trying to ${action}; it waited as long as allowed. Try again after the limit resets.`;
  }
  if (status === 401)
    return `GitHub rejected the token while trying to ${action}: check the github-token input.`;
  if (status === 403) {
    return `GitHub refused to ${action} (403: ${message}). The workflow's permissions: need contents, pull-requests and issues: write.`;
  }
  if (status === 404)
    return `GitHub could not find what specgate needed to ${action} (404: ${message}).`;
  return `GitHub failed while trying to ${action}: ${message}`;
}

export function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

export class GitHubError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
    this.name = 'GitHubError';
  }
}

export async function withGitHub<T>(action: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new GitHubError(describeGitHubError(error, action), statusOf(error));
  }
}
