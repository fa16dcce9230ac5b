import type {
  AgentMessage,
  Model,
  ModelMessage,
  ModelUsage,
  ToolCall,
  ToolSpec,
} from '../../../src/ports.js';
import { Recording } from './recording.js';

/**
 * One answer of the script: text, tool calls (for `chat`), or an error the
 * call throws. Tool calls are written as the stand-in model's script writes
 * them, so recorded answers serve both.
 */
export type ScriptedAnswer =
  | string
  | { content: string; usage?: ModelUsage }
  | { tools: { name: string; args: Record<string, unknown> }[]; usage?: ModelUsage }
  | Error;

const USAGE: ModelUsage = { promptTokens: 1200, completionTokens: 300 };

/**
 * A model that answers from a script, one answer a call, whether `complete`
 * or `chat` asks; records every request and the usage it reported.
 */
export class ScriptedModel extends Recording<Model> implements Model {
  readonly name = 'test-model';
  readonly script: ScriptedAnswer[];
  readonly usage: ModelUsage = { promptTokens: 0, completionTokens: 0 };
  private toolCalls = 0;

  constructor(script: ScriptedAnswer[] = []) {
    super();
    this.script = [...script];
  }

  /** Answers not used yet: a test can check the script ran to its end. */
  get remaining(): number {
    return this.script.length;
  }

  /** The messages of every request, in order. */
  get prompts(): (ModelMessage | AgentMessage)[][] {
    return this.calls.map((call) => call.args[0] as ModelMessage[]);
  }

  async complete(messages: ModelMessage[]): Promise<{ content: string; usage: ModelUsage }> {
    await this.record('complete', messages);
    const answer = this.next();
    if (typeof answer !== 'string' && 'tools' in answer)
      throw new Error('the script answers with tool calls, but complete() was called');
    return typeof answer === 'string'
      ? { content: answer, usage: this.used(USAGE) }
      : { content: answer.content, usage: this.used(answer.usage ?? USAGE) };
  }

  async chat(
    messages: AgentMessage[],
    tools: ToolSpec[],
  ): Promise<{ content: string | null; toolCalls: ToolCall[]; usage: ModelUsage }> {
    await this.record('chat', messages, tools);
    const answer = this.next();
    if (typeof answer === 'string')
      return { content: answer, toolCalls: [], usage: this.used(USAGE) };
    if ('content' in answer)
      return { content: answer.content, toolCalls: [], usage: this.used(answer.usage ?? USAGE) };
    const toolCalls = answer.tools.map((tool) => ({
      id: `call_${++this.toolCalls}`,
      name: tool.name,
      arguments: JSON.stringify(tool.args),
    }));
    return { content: null, toolCalls, usage: this.used(answer.usage ?? USAGE) };
  }

  private next(): Exclude<ScriptedAnswer, Error> {
    const answer = this.script.shift();
    if (answer === undefined) throw new Error('the script has no more answers');
    if (answer instanceof Error) throw answer;
    return answer;
  }

  private used(usage: ModelUsage): ModelUsage {
    this.usage.promptTokens += usage.promptTokens;
    this.usage.completionTokens += usage.completionTokens;
    return { ...usage };
  }
}
