/**
 * Commit messages in the repository's own convention. specgate runs no
 * hooks, so a repository that checks Conventional Commits in CI (commitlint)
 * must get them from specgate directly.
 */
export type CommitConvention = 'conventional' | 'plain';

const COMMITLINT_CONFIG =
  /^(\.commitlintrc(\.(json|ya?ml|js|cjs|mjs|ts|cts))?|commitlint\.config\.(js|cjs|mjs|ts|cts))$/;

/** Conventional when the repository declares commitlint (a config file, or package.json's key). */
export function detectConvention(
  trackedFiles: readonly string[],
  packageJson: string | undefined,
): CommitConvention {
  if (trackedFiles.some((file) => COMMITLINT_CONFIG.test(file))) return 'conventional';
  try {
    const parsed = JSON.parse(packageJson ?? '{}') as Record<string, unknown>;
    if (parsed && typeof parsed === 'object' && 'commitlint' in parsed) return 'conventional';
  } catch {
    // not JSON: no declaration there
  }
  return 'plain';
}

export type CommitKind = 'spec' | 'change' | 'checkpoint';

/** Conventional Commits' usual limit on a header. */
const MAX_HEADER = 100;

/** The commit's first line: `ref` is the ticket (`ABC-123` or `#42`), or empty. */
export function commitHeader(
  kind: CommitKind,
  title: string,
  ref: string,
  convention: CommitConvention,
): string {
  const suffix = ref ? ` (${ref})` : '';
  if (convention === 'plain') {
    if (kind === 'spec') return `spec: ${title}${suffix}`;
    return `${kind === 'checkpoint' ? 'WIP (QA failing): ' : ''}${title}${suffix}`;
  }
  // commitlint's conventional config refuses a subject in sentence case.
  const subject = title.charAt(0).toLowerCase() + title.slice(1);
  const type =
    kind === 'spec'
      ? 'docs(spec)'
      : /\b(fix|bug|crash|error|fail|broken|regression)/i.test(title)
        ? 'fix'
        : 'feat';
  const header = `${type}: ${kind === 'checkpoint' ? 'wip, QA failing: ' : ''}${subject}${suffix}`;
  return header.length <= MAX_HEADER ? header : `${header.slice(0, MAX_HEADER - 1)}…`;
}
