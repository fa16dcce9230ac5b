import type OpenAI from 'openai';
import type {
  AgentMessage,
  Model,
  ModelMessage,
  ModelUsage,
  ToolCall,
  ToolSpec,
} from '../ports.js';
import { boundedCall, ModelError } from './bounded-call.js';
import { usageFrom } from './usage.js';
import { publicUrl } from '../core/public-url.js';

export interface OpenAiModelOptions {
  apiKey?: string;
  baseUrl: string;
  model: string;
  timeoutMs: number;
  maxRetries?: number;
}

export { ModelError };

/** Any OpenAI-compatible Chat Completions endpoint: OpenAI, Azure, Ollama, vLLM, OpenRouter. */
export class OpenAiModel implements Model {
  private client: Promise<{ client: OpenAI; sdk: typeof OpenAI }> | undefined;
  readonly name: string;

  constructor(private readonly options: OpenAiModelOptions) {
    this.name = options.model;
  }

  async complete(messages: ModelMessage[]): Promise<{ content: string; usage: ModelUsage }> {
    const response = await this.create({ model: this.name, messages });
    const content = response.choices?.[0]?.message?.content;
    if (typeof content !== 'string' || content.trim() === '') {
      throw new ModelError('the model returned no text');
    }
    return { content, usage: usageFrom(response.usage, messages, content) };
  }
  async chat(
    messages: AgentMessage[],
    tools: ToolSpec[],
  ): Promise<{ content: string | null; toolCalls: ToolCall[]; usage: ModelUsage }> {
    const response = await this.create({
      model: this.name,
      messages: messages.map(toOpenAi),
      tools: tools.map((t) => ({
        type: 'function' as const,
        function: { name: t.name, description: t.description, parameters: t.parameters },
      })),
    });
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
      usage: usageFrom(
        response.usage,
        messages,
        `${message.content ?? ''}${JSON.stringify(toolCalls)}`,
      ),
    };
  }

  private async create(
    body: OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming,
  ): Promise<OpenAI.Chat.Completions.ChatCompletion> {
    const { client, sdk } = await (this.client ??= this.connect());
    const options = {
      timeoutMs: this.options.timeoutMs,
      retries: this.options.maxRetries ?? 2,
      endpoint: publicUrl(this.options.baseUrl),
    };
    return boundedCall(sdk, options, (request) => client.chat.completions.create(body, request));
  }

  // Loaded on first use: runs that stop before planning start faster.
  private async connect(): Promise<{ client: OpenAI; sdk: typeof OpenAI }> {
    const { default: sdk } = await import('openai');
    // The base URL and key are always explicit: the client would otherwise
    // read OPENAI_BASE_URL / OPENAI_API_KEY from the environment.
    const client = new sdk({
      apiKey: this.options.apiKey || 'not-needed',
      baseURL: this.options.baseUrl,
      // boundedCall owns timeouts and retries, under one deadline for the whole call.
      timeout: this.options.timeoutMs,
      maxRetries: 0,
    });
    return { client, sdk };
  }
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
