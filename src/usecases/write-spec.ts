import { checkScope, type ScopeRules } from '../spec/scope.js';
import { parseSpecAnswer } from '../spec/parse-answer.js';
import { buildRetryMessage } from '../spec/plan-prompt.js';
import type { SpecAnswer } from '../spec/spec-answer.js';
import type { Logger, Model, ModelMessage, ModelUsage } from '../ports.js';

export type SpecResult =
  | { ok: true; answer: SpecAnswer; usage: ModelUsage; attempts: number }
  | { ok: false; errors: string[]; usage: ModelUsage; attempts: number };

/**
 * Asks the model for a spec until the answer is valid JSON of the right shape
 * with an acceptable scope, feeding the errors back, at most `attempts` times.
 * A failing endpoint is not retried here (the client already retried).
 */
export async function writeSpec(
  model: Model,
  prompt: ModelMessage[],
  rules: ScopeRules,
  attempts: number,
  log: Logger,
): Promise<SpecResult> {
  const messages = [...prompt];
  const usage: ModelUsage = { promptTokens: 0, completionTokens: 0 };
  let errors: string[] = [];
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const reply = await model.complete(messages);
    usage.promptTokens += reply.usage.promptTokens;
    usage.completionTokens += reply.usage.completionTokens;
    const parsed = parseSpecAnswer(reply.content);
    if (parsed.ok) {
      const scope = checkScope(parsed.answer.scope, rules);
      if (scope.errors.length === 0)
        return {
          ok: true,
          answer: { ...parsed.answer, scope: scope.scope },
          usage,
          attempts: attempt,
        };
      errors = scope.errors;
    } else {
      errors = parsed.errors;
    }
    log.warn(`spec attempt ${attempt} of ${attempts} was rejected: ${errors.join('; ')}`);
    messages.push({ role: 'assistant', content: reply.content }, buildRetryMessage(errors));
  }
  return { ok: false, errors, usage, attempts };
}
