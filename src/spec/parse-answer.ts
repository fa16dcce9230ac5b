import { specAnswerSchema, type SpecAnswer } from './spec-answer.js';

export type AnswerParse = { ok: true; answer: SpecAnswer } | { ok: false; errors: string[] };

/** Reads the model's JSON answer, tolerating a Markdown fence around it. */
export function parseSpecAnswer(text: string): AnswerParse {
  const json = extractJsonObject(text);
  if (json === undefined) return { ok: false, errors: ['the answer is not a JSON object'] };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return {
      ok: false,
      errors: [
        `the answer is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      ],
    };
  }
  const parsed = specAnswerSchema.safeParse(data);
  if (parsed.success) return { ok: true, answer: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues
      .slice(0, 20)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
  };
}

function extractJsonObject(text: string): string | undefined {
  const fenced = /```(?:json)?\s*\n([\s\S]*?)\n```/.exec(text);
  const candidate = (fenced?.[1] ?? text).trim();
  const start = candidate.indexOf('{');
  const end = candidate.lastIndexOf('}');
  return start >= 0 && end > start ? candidate.slice(start, end + 1) : undefined;
}
