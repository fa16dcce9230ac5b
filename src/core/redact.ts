import { redactEncoded } from './encoded-secrets.js';

/**
 * Everything specgate posts (PR bodies, comments, commit messages, specs,
 * Slack and Jira messages) goes through a Redactor, so a token that reaches
 * model output through prompt injection is never published.
 */

// A private key's body is base64 lines and `Name: value` headers, split by
// newlines (or `\n` when the key sits inside JSON). Redaction follows those
// lines only, so a key with no END line cannot swallow the prose, tables and
// state marker after it.
const PEM_LINE = String.raw`(?:[A-Za-z][A-Za-z-]*: ?[A-Za-z0-9,+/= -]*|[A-Za-z0-9+/=]+)`;
const PEM_BREAK = String.raw`(?:(?:\\r)?\\n|\r?\n|[ \t])+`;
const PRIVATE_KEY = new RegExp(
  `-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----(?:${PEM_BREAK}${PEM_LINE})*(?:${PEM_BREAK}?-----END [A-Z0-9 ]*PRIVATE KEY-----)?`,
  'g',
);

const TOKEN_PATTERNS: RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\bsk-[A-Za-z0-9_-]{16,}/g,
  /\bxox[abposre]-[A-Za-z0-9-]{8,}/g,
  /\bxapp-[A-Za-z0-9-]{8,}/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bATATT[A-Za-z0-9_=-]{20,}/g,
  /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g,
  PRIVATE_KEY,
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
    // Encoded runs first: a token pattern could otherwise cut one in half.
    out = redactEncoded(out, (decoded) => this.reveals(decoded), REDACTED);
    for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, REDACTED);
    return out;
  }

  /** Whether decoded text holds a configured secret or a token shape. */
  private reveals(decoded: string): boolean {
    if (this.secrets.some((secret) => decoded.includes(secret))) return true;
    return TOKEN_PATTERNS.some((pattern) => new RegExp(pattern.source).test(decoded));
  }
}

function isLongEnough(value: string | undefined): value is string {
  return typeof value === 'string' && value.length >= MIN_SECRET_LENGTH;
}
