import type { IncomingMessage, ServerResponse } from 'node:http';
import { header, hmacHex, readRawBody, sameSecret, sendJson } from './http.js';
import type { AppServices } from './installation.js';
import { DELIVERY_TTL_MS } from '../store/store.js';

export const SLACK_PATHS = ['/slack/events', '/slack/interactivity'] as const;
const WINDOW_SECONDS = 5 * 60;

/**
 * Slack's events and interactivity: the `v0` signature over the raw body and
 * timestamp is checked before anything else. Features come later; for now a
 * verified request gets its challenge or "not yet".
 */
export async function handleSlack(
  request: IncomingMessage,
  response: ServerResponse,
  services: AppServices,
): Promise<void> {
  const { settings, log, health } = services;
  if (!settings.slack) return sendJson(response, 404, { error: 'Slack is not configured' });
  if (request.method !== 'POST') return sendJson(response, 405, { error: 'POST only' });
  const raw = await readRawBody(request);
  const timestamp = header(request, 'x-slack-request-timestamp') ?? '';
  const signature = header(request, 'x-slack-signature') ?? '';
  const age = Math.abs(Date.now() / 1000 - Number(timestamp));
  const expected = `v0=${hmacHex(settings.slack.signingSecret, `v0:${timestamp}:${raw.toString('utf8')}`)}`;
  const fresh = /^\d{1,12}$/.test(timestamp) && age <= WINDOW_SECONDS;
  if (!fresh || !sameSecret(signature, expected)) {
    log.warn('Slack request refused: signature missing, wrong or stale');
    return sendJson(response, 401, { error: 'signature missing, wrong or stale' });
  }
  // Remembered by every replica, longer than the window: a replay never acts twice.
  if (!(await services.store.firstTime('slack-request', signature, DELIVERY_TTL_MS))) {
    log.warn('Slack request refused: replayed');
    return sendJson(response, 401, { error: 'replayed request' });
  }
  health.ok('slack');
  const body = parse(raw.toString('utf8'), header(request, 'content-type'));
  if (body === undefined) {
    log.warn('Slack request refused: malformed body');
    return sendJson(response, 400, { error: 'malformed body' });
  }
  if (body.type === 'url_verification' && typeof body.challenge === 'string')
    return sendJson(response, 200, { challenge: body.challenge });
  // Slack resends when it does not hear back fast; the retry is answered, not acted on.
  return sendJson(response, 200, { ok: true, text: 'not yet: specgate does not act on Slack yet' });
}

function parse(text: string, type: string | undefined): Record<string, unknown> | undefined {
  try {
    if (type?.includes('application/x-www-form-urlencoded')) {
      const form = new URLSearchParams(text);
      const payload = form.get('payload');
      return payload ? (JSON.parse(payload) as Record<string, unknown>) : Object.fromEntries(form);
    }
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
