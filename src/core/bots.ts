export interface Actor {
  login: string;
  type?: string;
}

/** Bots never trigger work or approve specs, whatever their permission. */
export function isBot(actor: Actor): boolean {
  return actor.type === 'Bot' || /\[bot\]$/i.test(actor.login);
}

const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);

export function canWrite(roleName: string | undefined, permission: string | undefined): boolean {
  return WRITE_ROLES.has(roleName ?? '') || WRITE_ROLES.has(permission ?? '');
}
