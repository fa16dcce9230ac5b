import { verify } from '@octokit/webhooks-methods';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Probot } from 'probot';
import { header, HttpProblem, pathOf, readRawBody, sendJson } from './http.js';

type Middleware = Awaited<ReturnType<Probot['getNodeMiddleware']>>;
type Answer = boolean | void;

/**
 * Probot's webhook middleware, behind a check that answers 401 to a delivery
 * without a valid `X-Hub-Signature-256` (Probot answers 400), using the same
 * verifier @octokit/webhooks uses, over the raw body, in constant time.
 */
export function withSignatureCheck(
  inner: Middleware,
  webhookPath: string,
  secret: string,
): Middleware {
  const path = webhookPath.replace(/\/+$/, '') || '/';
  const pass = async (
    request: IncomingMessage,
    response: ServerResponse,
    next?: Parameters<Middleware>[2],
  ): Promise<Answer> => (await inner(request, response, next)) as Answer;
  return async (request: IncomingMessage, response: ServerResponse, next): Promise<Answer> => {
    if (request.method !== 'POST' || (pathOf(request).replace(/\/+$/, '') || '/') !== path)
      return pass(request, response, next);
    let raw: Buffer;
    try {
      raw = await readRawBody(request);
    } catch (error) {
      sendJson(response, error instanceof HttpProblem ? error.status : 400, {
        error: 'unreadable body',
      });
      return true;
    }
    const signature = header(request, 'x-hub-signature-256') ?? '';
    const text = raw.toString('utf8');
    const valid =
      /^sha256=[0-9a-f]{64}$/.test(signature) &&
      text.length > 0 &&
      (await verify(secret, text, signature).catch(() => false));
    if (!valid) {
      sendJson(response, 401, { error: 'signature missing or wrong' });
      return true;
    }
    // The middleware reads a string body as the payload: the bytes just checked.
    request.body = text;
    return pass(request, response, next);
  };
}

/** Probot whose webhook middleware refuses unsigned deliveries with 401. */
export function signedProbot(webhookPath: string, secret: string): typeof Probot {
  return class SignedProbot extends Probot {
    override async getNodeMiddleware(
      options?: Parameters<Probot['getNodeMiddleware']>[0],
    ): Promise<Middleware> {
      return withSignatureCheck(await super.getNodeMiddleware(options), webhookPath, secret);
    }
  };
}
