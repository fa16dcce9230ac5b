import type { PathPolicy } from '../core/paths.js';
import type { CountTokens } from '../spec/tokens.js';
import type { RepoFiles } from '../ports.js';
import { searchTerms } from './search-terms.js';

export interface RepoContext {
  tree: string[];
  treeTruncated: boolean;
  files: { path: string; content: string; truncated: boolean }[];
  terms: string[];
}

export interface ContextOptions {
  /** Tokens the tree and the files may take together. */
  tokenBudget: number;
  countTokens: CountTokens;
  policy: PathPolicy;
  /** Tracked files; passed in so callers list the tree once. */
  tracked: string[];
}

const MAX_FILE_CHARS = 12_000;
/** What a file's section adds around its text in the prompt (title, fences). */
const SECTION_TOKENS = 24;
/** Below this, another file is not worth its section. */
const MIN_FILE_TOKENS = 120;
/** Files read per `git cat-file` round: the budget usually ends within one or two. */
const READ_BATCH = 48;

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
  const { countTokens } = options;
  let budget = options.tokenBudget;
  const treeBudget = Math.floor(budget / 3);
  const tree: string[] = [];
  let treeTokens = 0;
  for (const file of options.tracked) {
    const cost = countTokens(`${file}\n`);
    if (treeTokens + cost > treeBudget) break;
    tree.push(file);
    treeTokens += cost;
  }
  budget -= treeTokens;

  const terms = searchTerms(ticketText);
  const ranked = rank(await repo.search(terms), terms, options);

  const files: RepoContext['files'] = [];
  for (let at = 0; at < ranked.length && budget >= MIN_FILE_TOKENS; at += READ_BATCH) {
    const batch = ranked.slice(at, at + READ_BATCH);
    const read = await repo.readMany(batch, MAX_FILE_CHARS);
    for (const file of batch) {
      if (budget < MIN_FILE_TOKENS) break;
      const found = read.get(file);
      if (!found) continue;
      const room = budget - SECTION_TOKENS - countTokens(file);
      const kept = fit(found.content, room, countTokens);
      if (!kept.text) continue;
      files.push({ path: file, content: kept.text, truncated: found.truncated || kept.cut });
      budget -= kept.tokens + SECTION_TOKENS + countTokens(file);
    }
  }
  return { tree, treeTruncated: tree.length < options.tracked.length, files, terms };
}

/**
 * Files by how many distinct terms they hold (in their text, then in their
 * path), with many matching lines breaking ties; each path is lowercased once.
 */
function rank(
  found: { path: string; hits: Map<string, number> }[],
  terms: string[],
  options: Pick<ContextOptions, 'policy' | 'tracked'>,
): string[] {
  const scores = new Map<string, number>();
  for (const { path: file, hits } of found) {
    let score = 0;
    for (const count of hits.values()) score += 1 + Math.min(count, 10) / 100;
    scores.set(file, score);
  }
  if (terms.length) {
    for (const file of options.tracked) {
      const lower = file.toLowerCase();
      let inPath = 0;
      for (const term of terms) if (lower.includes(term)) inPath += 1;
      if (inPath) scores.set(file, (scores.get(file) ?? 0) + inPath);
    }
  }
  return [...scores.entries()]
    .filter(([file]) => options.policy.readable(file))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([file]) => file);
}

/** The longest start of `text` within `room` tokens (whole text when it fits). */
function fit(
  text: string,
  room: number,
  countTokens: CountTokens,
): { text: string; tokens: number; cut: boolean } {
  if (room <= 0) return { text: '', tokens: 0, cut: true };
  let tokens = countTokens(text);
  if (tokens <= room) return { text, tokens, cut: false };
  let kept = text;
  // Shrink by the measured ratio, a little more each round, until it fits.
  for (let round = 0; round < 8 && tokens > room; round++) {
    kept = kept.slice(0, Math.floor((kept.length * room * (0.97 - round * 0.05)) / tokens));
    tokens = countTokens(kept);
  }
  return tokens <= room ? { text: kept, tokens, cut: true } : { text: '', tokens: 0, cut: true };
}
