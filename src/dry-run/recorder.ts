import type { Redactor } from '../core/redact.js';
import type { Logger } from '../ports.js';

/** The number a dry run gives the pull request it did not open: GitHub's numbers start at 1. */
export const UNOPENED_PULL = 0;

/**
 * What a dry run would have written, one line each, in the order the run
 * reached them. Lines are redacted as everything posted is, and logged as
 * they come, so a run that ends early still shows how far it got.
 */
export class WriteRecorder {
  private readonly lines: string[] = [];
  private readonly files: { path: string; content: string }[] = [];

  constructor(
    private readonly redactor: Redactor,
    private readonly log: Logger,
  ) {}

  get writes(): readonly string[] {
    return this.lines;
  }

  /** Files a commit would have carried, whole, as a person would review them. */
  get previews(): readonly { path: string; content: string }[] {
    return this.files;
  }

  /** Keeps a file the run would have committed and shows it in the log, whole. */
  preview(path: string, content: string): void {
    const safe = this.redactor.redact(content);
    this.files.push({ path, content: safe });
    this.log.info(`Dry run, ${path} as it would have been committed:\n${safe}`);
  }

  record(line: string): void {
    const safe = this.redactor.redact(line);
    this.lines.push(safe);
    this.log.info(`Dry run, not written: ${safe}`);
  }
}

/** The start of a text body on one line, quoted: enough to recognise it. */
export function excerpt(text: string, max = 100): string {
  const flat = text
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

export function pullName(number: number): string {
  return number === UNOPENED_PULL ? 'the new pull request' : `pull request #${number}`;
}

export function shortSha(sha: string): string {
  return sha.slice(0, 12);
}
