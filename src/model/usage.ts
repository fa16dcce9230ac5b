import type { ModelUsage } from '../ports.js';

/** A token count a budget can add up: a finite, non-negative number. */
export function isTokenCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * Token counts as the endpoint reports them, each one checked on its own.
 * OpenAI-compatible servers omit usage, send `{}`, nulls, strings or only a
 * total; any count that is not a real number is estimated (4 characters a
 * token) so that the budgets stay closed.
 */
export function usageFrom(
  reported: unknown,
  prompt: readonly unknown[],
  reply: string,
): ModelUsage {
  const fields: Record<string, unknown> =
    typeof reported === 'object' && reported !== null ? { ...reported } : {};
  const promptChars = prompt.reduce<number>((sum, m) => sum + JSON.stringify(m).length, 0);
  const {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: total,
  } = fields;
  // With a total and one part, the other part is known exactly.
  const rest = (part: unknown) =>
    isTokenCount(total) && isTokenCount(part) && total >= part ? total - part : undefined;
  return {
    promptTokens: countOr(promptTokens, rest(completionTokens), promptChars),
    completionTokens: countOr(completionTokens, rest(promptTokens), reply.length),
  };
}

function countOr(value: unknown, derived: number | undefined, chars: number): number {
  if (isTokenCount(value)) return Math.ceil(value);
  return derived !== undefined ? Math.ceil(derived) : Math.ceil(chars / 4);
}
