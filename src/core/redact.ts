/**
 * Everything specgate posts (PR bodies, comments, commit messages, SPEC.md,
 * Slack and Jira messages) goes through a Redactor, so a token that reaches
 * model output through prompt injection is never published.
 */
const TOKEN_PATTERNS: RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\bsk-[A-Za-z0-9_-]{16,}/g,
  /\bxox[abposre]-[A-Za-z0-9-]{8,}/g,
  /\bxapp-[A-Za-z0-9-]{8,}/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bATATT[A-Za-z0-9_=-]{20,}/g,
  /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
];

export const REDACTED = '[REDACTED]';
const MIN_SECRET_LENGTH = 6;

export class Redactor {
  private readonly secrets: string[];

  constructor(secrets: Iterable<string | undefined> = []) {
    // Longest first so a secret that contains another is replaced whole.
    this.secrets = [...new Set([...secrets].filter(isLongEnough))].sort(
      (a, b) => b.length - a.length,
    );
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join(REDACTED);
    for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, REDACTED);
    return out;
  }
}

function isLongEnough(value: string | undefined): value is string {
  return typeof value === 'string' && value.length >= MIN_SECRET_LENGTH;
}
