import type { ModelMessage } from '../ports.js';

/** Tokens in a text, as the model's tokenizer counts them. */
export type CountTokens = (text: string) => number;

/** What a chat message costs beyond its content (role and separators), as OpenAI documents it. */
const PER_MESSAGE = 4;
const PER_REPLY = 3;

/**
 * The tokenizer of OpenAI's current model families (GPT-4o, GPT-4.1, GPT-5,
 * the o-series): o200k_base. Loaded on first use, since its rank table is
 * most of the bundle's weight and only planning counts tokens.
 */
export async function loadTokenCounter(): Promise<CountTokens> {
  const [{ Tiktoken }, { default: ranks }] = await Promise.all([
    import('js-tiktoken/lite'),
    import('js-tiktoken/ranks/o200k_base'),
  ]);
  const encoding = new Tiktoken(ranks);
  // Special-token text in a ticket is counted as plain text, as the API sends it.
  return (text) => encoding.encode(text, [], []).length;
}

/** Tokens of a whole chat prompt: every message's content and its framing. */
export function promptTokens(messages: readonly ModelMessage[], count: CountTokens): number {
  return messages.reduce((sum, m) => sum + PER_MESSAGE + count(m.content), PER_REPLY);
}
