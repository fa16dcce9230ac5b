import type OpenAI from 'openai';
import type {
  AgentMessage,
  Model,
  ModelMessage,
  ModelUsage,
  ToolCall,
  ToolSpec,
} from '../ports.js';

export interface OpenAiModelOptions {
  apiKey?: string;
  baseUrl: string;
  model: string;
  timeoutMs: number;
  maxRetries?: number;
}

export class ModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelError';
  }
}

/** Any OpenAI-compatible Chat Completions endpoint: OpenAI, Azure, Ollama, vLLM, OpenRouter. */
export class OpenAiModel implements Model {
  private client: Promise<{ client: OpenAI; sdk: typeof OpenAI }> | undefined;
  readonly name: string;

  constructor(private readonly options: OpenAiModelOptions) {
    this.name = options.model;
  }

  async complete(messages: ModelMessage[]): Promise<{ content: string; usage: ModelUsage }> {
    const { client, sdk } = await (this.client ??= this.connect());
    let response: OpenAI.Chat.Completions.ChatCompletion;
    try {
      response = await client.chat.completions.create({ model: this.name, messages });
    } catch (error) {
      throw new ModelError(`the model endpoint failed: ${describe(error, sdk)}`);
    }
    const content = response.choices?.[0]?.message?.content;
    if (typeof content !== 'string' || content.trim() === '') {
      throw new ModelError('the model returned no text');
    }
    return { content, usage: usageOf(response, messages, content) };
  }
  async chat(
    messages: AgentMessage[],
    tools: ToolSpec[],
  ): Promise<{ content: string | null; toolCalls: ToolCall[]; usage: ModelUsage }> {
    const { client, sdk } = await (this.client ??= this.connect());
    let response: OpenAI.Chat.Completions.ChatCompletion;
    try {
      response = await client.chat.completions.create({
        model: this.name,
        messages: messages.map(toOpenAi),
        tools: tools.map((t) => ({
          type: 'function' as const,
          function: { name: t.name, description: t.description, parameters: t.parameters },
        })),
      });
    } catch (error) {
      throw new ModelError(`the model endpoint failed: ${describe(error, sdk)}`);
    }
    const message = response.choices?.[0]?.message;
    if (!message) throw new ModelError('the model returned no message');
    const toolCalls: ToolCall[] = [];
    for (const call of message.tool_calls ?? []) {
      if (call.type === 'function') {
        toolCalls.push({
          id: call.id,
          name: call.function.name,
          arguments: call.function.arguments,
        });
      }
    }
    return {
      content: typeof message.content === 'string' ? message.content : null,
      toolCalls,
      usage: usageOf(response, messages, `${message.content ?? ''}${JSON.stringify(toolCalls)}`),
    };
  }

  // Loaded on first use: runs that stop before planning start faster.
  private async connect(): Promise<{ client: OpenAI; sdk: typeof OpenAI }> {
    const { default: sdk } = await import('openai');
    // The base URL and key are always explicit: the client would otherwise
    // read OPENAI_BASE_URL / OPENAI_API_KEY from the environment.
    const client = new sdk({
      apiKey: this.options.apiKey || 'not-needed',
      baseURL: this.options.baseUrl,
      timeout: this.options.timeoutMs,
      maxRetries: this.options.maxRetries ?? 2,
    });
    return { client, sdk };
  }
}

function describe(error: unknown, sdk: typeof OpenAI): string {
  if (error instanceof sdk.APIError) {
    return `${error.status ?? 'no status'} ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

function toOpenAi(message: AgentMessage): OpenAI.Chat.Completions.ChatCompletionMessageParam {
  if (message.role === 'tool') {
    return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
  }
  if (message.role === 'assistant' && 'toolCalls' in message) {
    return {
      role: 'assistant',
      content: message.content,
      ...(message.toolCalls.length
        ? {
            tool_calls: message.toolCalls.map((c) => ({
              id: c.id,
              type: 'function' as const,
              function: { name: c.name, arguments: c.arguments },
            })),
          }
        : {}),
    };
  }
  return { role: message.role, content: message.content };
}

/**
 * Token counts as the endpoint reports them. Some OpenAI-compatible servers
 * omit usage; an estimate (4 characters a token) keeps the budgets closed.
 */
function usageOf(
  response: OpenAI.Chat.Completions.ChatCompletion,
  messages: readonly (ModelMessage | AgentMessage)[],
  reply: string,
): ModelUsage {
  if (response.usage) {
    return {
      promptTokens: response.usage.prompt_tokens,
      completionTokens: response.usage.completion_tokens,
    };
  }
  const promptChars = messages.reduce((sum, m) => sum + JSON.stringify(m).length, 0);
  return {
    promptTokens: Math.ceil(promptChars / 4),
    completionTokens: Math.ceil(reply.length / 4),
  };
}
