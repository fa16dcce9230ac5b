import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './http-errors.js';
import type { RouteResult } from './route-context.js';

export interface InjectedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export function injectedResult(injected: InjectedResponse): RouteResult {
  const body = injected.body ?? { message: `Injected ${injected.status}` };
  return {
    status: injected.status,
    body,
    ...(injected.headers ? { headers: injected.headers } : {}),
  };
}

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer | string>) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

// fetch() labels a string body text/plain, so JSON is attempted whatever the content type;
// only a body that claims to be JSON and is not counts as the client's mistake.
export function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    if (!contentType?.includes('json')) return undefined;
    throw new HttpError(400, { message: 'Problems parsing JSON' }, 'body is not valid JSON');
  }
}

export function send(response: ServerResponse, result: RouteResult): void {
  const headers: Record<string, string> = {
    'x-github-request-id': `FAKE:${Math.random().toString(16).slice(2, 10).toUpperCase()}`,
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    ...lowercaseKeys(result.headers ?? {}),
  };
  if (result.body === undefined || result.status === 204 || result.status === 304) {
    response.writeHead(result.status, headers).end();
    return;
  }
  headers['content-type'] = 'application/json; charset=utf-8';
  response.writeHead(result.status, headers).end(JSON.stringify(result.body));
}

function lowercaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]),
  );
}
