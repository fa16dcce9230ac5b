import { z } from 'zod';

const line = z.string().trim().min(1).max(2000);

/** What the planner model must answer with (JSON). */
export const specAnswerSchema = z.object({
  title: z.string().trim().min(3).max(120),
  problem: z.string().trim().min(1).max(8000),
  acceptanceCriteria: z.array(line).min(1).max(30),
  scope: z
    .array(
      z.object({
        path: z.string(),
        change: z.enum(['modify', 'create']),
        reason: line,
      }),
    )
    .min(1),
  plan: z.array(line).min(1).max(40),
  tests: z.array(line).max(30),
  risks: z.array(line).max(30),
  checklist: z.array(line).min(1).max(40),
});

export type SpecAnswer = z.infer<typeof specAnswerSchema>;
export type ScopeEntry = SpecAnswer['scope'][number];

/** JSON Schema of the answer, shown to the model in the prompt. */
export const specAnswerJsonSchema = z.toJSONSchema(specAnswerSchema);
