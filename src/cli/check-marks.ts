/** What `specgate check-config` reports, and how each line is marked. */

export interface Check {
  /** False fails the command (exit 3). */
  ok: boolean;
  /** Works, but deserves a look: shown with ! instead of ✓. */
  warning?: boolean;
  what: string;
  detail: string;
}

export interface CheckOptions {
  repoRoot: string;
  /** Whether the repository is a git checkout. */
  isRepository: boolean;
  /** Skip the request to the model endpoint. */
  offline: boolean;
}

/** ✓ fine, ! works but deserves a look, ✗ must be fixed. */
export function checkMark(check: Check): string {
  return !check.ok ? '✗' : check.warning ? '!' : '✓';
}
