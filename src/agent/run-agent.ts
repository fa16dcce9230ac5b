import type { AgentMessage, Logger, Model } from '../ports.js';
import type { Budget } from './budget.js';
import { TOOL_SPECS, type AgentTools } from './tools.js';

export type AgentStop =
  | { kind: 'finished'; summary: string }
  | { kind: 'budget'; reason: string }
  | { kind: 'stalled'; reason: string };

const MAX_NUDGES = 2;

/**
 * The tool-calling loop. The conversation (`messages`) is the caller's, so a
 * repair round continues it with the gates' failures. The budget is checked
 * before every call to the model.
 */
export async function runAgent(
  model: Model,
  tools: AgentTools,
  budget: Budget,
  messages: AgentMessage[],
  log: Logger,
): Promise<AgentStop> {
  let nudges = 0;
  for (;;) {
    const exhausted = budget.exhausted();
    if (exhausted) return { kind: 'budget', reason: exhausted };
    const reply = await model.chat(messages, TOOL_SPECS);
    budget.record(reply.usage);
    messages.push({ role: 'assistant', content: reply.content, toolCalls: reply.toolCalls });
    if (reply.toolCalls.length === 0) {
      if (++nudges > MAX_NUDGES)
        return { kind: 'stalled', reason: 'the model stopped calling tools without finishing' };
      messages.push({
        role: 'user',
        content: 'Use the tools to make the changes, then call finish with a summary.',
      });
      continue;
    }
    let finished: string | undefined;
    for (const call of reply.toolCalls) {
      const outcome = await tools.execute(call);
      log.info(
        `agent: ${call.name} ${summarizeArgs(call.arguments)} -> ${status(call.name, outcome.content)}`,
      );
      messages.push({ role: 'tool', toolCallId: call.id, content: outcome.content });
      if (outcome.finished !== undefined) finished = outcome.finished;
    }
    if (finished !== undefined) return { kind: 'finished', summary: finished };
  }
}

// File contents and search results stay out of the log: only what happened.
const SHOWS_CONTENT = new Set(['read_file', 'search', 'list_files', 'run_checks']);

function status(tool: string, content: string): string {
  const first = content.split('\n')[0] ?? '';
  if (first.startsWith('REFUSED') || first.startsWith('ERROR') || !SHOWS_CONTENT.has(tool))
    return first.slice(0, 200);
  return `${content.length} chars`;
}

function summarizeArgs(raw: string): string {
  try {
    const args = JSON.parse(raw) as Record<string, unknown>;
    return typeof args.path === 'string'
      ? args.path
      : typeof args.query === 'string'
        ? JSON.stringify(args.query)
        : '';
  } catch {
    return '';
  }
}
