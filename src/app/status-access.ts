import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { header, sameSecret } from './http.js';

const COOKIE = 'specgate_status';

/**
 * Who may see the status page and the detailed health: whoever presents the
 * secret, as `Authorization: Bearer <secret>`, or once as `?key=<secret>`,
 * which sets an HttpOnly cookie (holding a digest, not the secret) and
 * redirects to the page without the key in its address.
 */
export class StatusAccess {
  readonly #cookieValue: string;

  constructor(private readonly secret: string) {
    this.#cookieValue = createHmac('sha256', secret).update('status-page-cookie').digest('hex');
  }

  /** True when the request may see the page; otherwise the answer is already sent. */
  check(request: IncomingMessage, response: ServerResponse, url: URL): boolean {
    const bearer = /^Bearer (.+)$/.exec(header(request, 'authorization') ?? '')?.[1];
    if (bearer !== undefined && sameSecret(bearer, this.secret)) return true;
    const key = url.searchParams.get('key');
    if (key !== null) {
      if (!sameSecret(key, this.secret)) return refuse(response);
      const secure = header(request, 'x-forwarded-proto') === 'https' ? '; Secure' : '';
      response.writeHead(303, {
        location: url.pathname,
        'set-cookie': `${COOKIE}=${this.#cookieValue}; HttpOnly; SameSite=Strict; Path=/${secure}`,
        'cache-control': 'no-store',
      });
      response.end();
      return false;
    }
    const cookie = cookieOf(header(request, 'cookie'), COOKIE);
    if (cookie !== undefined && sameSecret(cookie, this.#cookieValue)) return true;
    return refuse(response);
  }
}

function refuse(response: ServerResponse): false {
  response.writeHead(401, {
    'content-type': 'text/plain; charset=utf-8',
    'www-authenticate': 'Bearer realm="specgate status"',
    'cache-control': 'no-store',
  });
  response.end('The status page needs its secret.\n');
  return false;
}

function cookieOf(text: string | undefined, name: string): string | undefined {
  for (const part of (text ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
