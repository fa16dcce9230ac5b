import type { ModelMessage } from '../ports.js';

/** Tokens in a text, as the model's tokenizer counts them. */
export type CountTokens = (text: string) => number;

/** What a chat message costs beyond its content (role and separators), as OpenAI documents it. */
const PER_MESSAGE = 4;
const PER_REPLY = 3;

/**
 * The tokenizer of OpenAI's current model families (GPT-4o, GPT-4.1, GPT-5,
 * the o-series): o200k_base, with js-tiktoken's rank table. Loaded on first
 * use, since the table is most of the bundle's weight and only planning
 * counts tokens.
 *
 * It counts and never decodes, so it keeps the ranks keyed by their base64
 * text as the table ships them: js-tiktoken's own encoder decodes all 200,000
 * entries first (0.9 s and 250 MB), this takes a fraction of that. A test
 * checks that both count alike.
 */
export async function loadTokenCounter(): Promise<CountTokens> {
  const { default: table } = await import('js-tiktoken/ranks/o200k_base');
  const ranks = new Map<string, number>();
  for (const line of table.bpe_ranks.split('\n')) {
    const fields = line.split(' ');
    const offset = Number(fields[1]);
    for (let i = 2; i < fields.length; i++) ranks.set(fields[i]!, offset + i - 2);
  }
  const pattern = new RegExp(table.pat_str, 'gu');
  return (text) => {
    let tokens = 0;
    for (const [piece] of text.matchAll(pattern)) {
      const bytes = Buffer.from(piece, 'utf8');
      tokens += ranks.has(bytes.toString('base64')) ? 1 : mergedParts(bytes, ranks);
    }
    return tokens;
  };
}

/** How many tokens byte-pair merging leaves of a piece: lowest rank first, leftmost on ties. */
function mergedParts(bytes: Buffer, ranks: Map<string, number>): number {
  const starts = Array.from({ length: bytes.length + 1 }, (_, i) => i);
  const rankOf = (from: number, to: number) =>
    ranks.get(bytes.toString('base64', from, to)) ?? Infinity;
  // pairs[i]: the rank of parts i and i + 1 merged.
  const pairs = starts.slice(0, -2).map((start, i) => rankOf(start, starts[i + 2]!));
  for (;;) {
    let best = 0;
    for (let i = 1; i < pairs.length; i++) if (pairs[i]! < pairs[best]!) best = i;
    if (!(pairs[best]! < Infinity)) break;
    starts.splice(best + 1, 1);
    pairs.splice(best, 1);
    if (best < pairs.length) pairs[best] = rankOf(starts[best]!, starts[best + 2]!);
    if (best > 0) pairs[best - 1] = rankOf(starts[best - 1]!, starts[best + 1]!);
  }
  return starts.length - 1;
}

/** Tokens of a whole chat prompt: every message's content and its framing. */
export function promptTokens(messages: readonly ModelMessage[], count: CountTokens): number {
  return messages.reduce((sum, m) => sum + PER_MESSAGE + count(m.content), PER_REPLY);
}
