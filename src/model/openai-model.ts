import OpenAI from 'openai';
import type { Model, ModelMessage, ModelUsage } from '../ports.js';

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
  private readonly client: OpenAI;
  readonly name: string;

  constructor(options: OpenAiModelOptions) {
    this.name = options.model;
    // The base URL and key are always explicit: the client would otherwise
    // read OPENAI_BASE_URL / OPENAI_API_KEY from the environment.
    this.client = new OpenAI({
      apiKey: options.apiKey || 'not-needed',
      baseURL: options.baseUrl,
      timeout: options.timeoutMs,
      maxRetries: options.maxRetries ?? 2,
    });
  }

  async complete(messages: ModelMessage[]): Promise<{ content: string; usage: ModelUsage }> {
    let response: OpenAI.Chat.Completions.ChatCompletion;
    try {
      response = await this.client.chat.completions.create({ model: this.name, messages });
    } catch (error) {
      throw new ModelError(`the model endpoint failed: ${describe(error)}`);
    }
    const content = response.choices?.[0]?.message?.content;
    if (typeof content !== 'string' || content.trim() === '') {
      throw new ModelError('the model returned no text');
    }
    return {
      content,
      usage: {
        promptTokens: response.usage?.prompt_tokens ?? 0,
        completionTokens: response.usage?.completion_tokens ?? 0,
      },
    };
  }
}

function describe(error: unknown): string {
  if (error instanceof OpenAI.APIError) {
    return `${error.status ?? 'no status'} ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
