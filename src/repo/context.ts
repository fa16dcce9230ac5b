import type { PathPolicy } from '../core/paths.js';
import type { RepoFiles } from '../ports.js';
import { searchTerms } from './search-terms.js';

export interface RepoContext {
  tree: string[];
  treeTruncated: boolean;
  files: { path: string; content: string; truncated: boolean }[];
  terms: string[];
}

export interface ContextOptions {
  tokenBudget: number;
  policy: PathPolicy;
  /** Tracked files; passed in so callers list the tree once. */
  tracked: string[];
}

const CHARS_PER_TOKEN = 4;
const MAX_FILE_CHARS = 12_000;

/**
 * The repository as the planner sees it, within a token budget: the tracked
 * tree (a third of the budget at most) and the files that mention the
 * ticket's terms most, ranked by how many distinct terms they hold.
 */
export async function gatherContext(
  repo: RepoFiles,
  ticketText: string,
  options: ContextOptions,
): Promise<RepoContext> {
  let budget = options.tokenBudget * CHARS_PER_TOKEN;
  const treeBudget = Math.floor(budget / 3);
  const tree: string[] = [];
  let treeChars = 0;
  for (const file of options.tracked) {
    if (treeChars + file.length + 1 > treeBudget) break;
    tree.push(file);
    treeChars += file.length + 1;
  }
  budget -= treeChars;

  const terms = searchTerms(ticketText);
  const scores = new Map<string, number>();
  for (const term of terms) {
    for (const { path: file, hits } of await repo.search(term)) {
      scores.set(file, (scores.get(file) ?? 0) + 1 + Math.min(hits, 10) / 100);
    }
    for (const file of options.tracked) {
      if (file.toLowerCase().includes(term)) scores.set(file, (scores.get(file) ?? 0) + 1);
    }
  }
  const ranked = [...scores.entries()]
    .filter(([file]) => options.policy.readable(file))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([file]) => file);

  const files: RepoContext['files'] = [];
  for (const file of ranked) {
    if (budget < 500) break;
    const content = await repo.read(file);
    if (content === undefined) continue;
    const limit = Math.min(MAX_FILE_CHARS, budget);
    const truncated = content.length > limit;
    const kept = truncated ? content.slice(0, limit) : content;
    files.push({ path: file, content: kept, truncated });
    budget -= kept.length + file.length + 20;
  }
  return { tree, treeTruncated: tree.length < options.tracked.length, files, terms };
}
