import { canWrite, isBot, type Actor } from '../core/bots.js';
import type { CodeHost } from '../ports.js';

export type Authorization = { ok: true } | { ok: false; reason: string };

/**
 * Who may start work or give commands: a human whose permission on the repo,
 * read from the API (never from the payload's author_association), is write,
 * maintain or admin.
 */
export async function authorize(host: CodeHost, actor: Actor): Promise<Authorization> {
  if (isBot(actor))
    return { ok: false, reason: `${actor.login} is a bot; bots cannot trigger specgate` };
  const permission = await host.permissionOf(actor.login);
  if (!canWrite(permission.roleName, permission.permission)) {
    const level = permission.roleName ?? permission.permission ?? 'none';
    return {
      ok: false,
      reason: `${actor.login} has ${level} access; write, maintain or admin is required`,
    };
  }
  return { ok: true };
}
