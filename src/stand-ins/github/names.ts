import { createHash } from 'node:crypto';
import type { IssueRecord } from './records.js';

export function splitHead(head: string, defaultOwner: string): [owner: string, ref: string] {
  const colon = head.indexOf(':');
  return colon < 0 ? [defaultOwner, head] : [head.slice(0, colon), head.slice(colon + 1)];
}

export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function touch(issue: IssueRecord): IssueRecord {
  issue.updated_at = timestamp();
  return issue;
}

export function union(existing: string[], added: string[]): string[] {
  return [...existing, ...added.filter((item) => !existing.some((e) => sameName(e, item)))];
}

// GitHub timestamps carry no milliseconds.
export function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

export function stableId(seed: string): number {
  return Number.parseInt(fakeSha(seed).slice(0, 7), 16);
}
