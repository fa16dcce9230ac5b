import { detectConvention, type CommitConvention } from '../core/commit-message.js';
import type { Deps } from './deps.js';

/** The convention commits follow: the configured one, or the one the repository declares. */
export async function commitConvention(
  deps: Pick<Deps, 'policy' | 'files'>,
): Promise<CommitConvention> {
  if (deps.policy.commitConvention !== 'auto') return deps.policy.commitConvention;
  try {
    return detectConvention(await deps.files.list(), await deps.files.read('package.json'));
  } catch {
    return 'plain';
  }
}
