import type { IncomingHttpHeaders } from 'node:http';
import { notFound } from './http-errors.js';
import type { IssueRecord } from './records.js';
import type { RepoState } from './repo-state.js';
import { isNullableString, isTitle, read, type IssueState } from './request-body.js';
import { timestamp } from './names.js';

export interface RouteContext {
  state: RepoState;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** Base URL of the fake, used for the API links GitHub puts in its responses. */
  apiUrl: string;
  requestUrl: URL;
  headers: IncomingHttpHeaders;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (context: RouteContext) => RouteResult;

export function ok(body: unknown): RouteResult {
  return { status: 200, body };
}

export function findIssue({ state, params }: RouteContext): IssueRecord {
  const issue = state.issues.get(Number(params.issue_number));
  if (!issue) throw notFound();
  return issue;
}

export function findPull({ state, params }: RouteContext): IssueRecord {
  const issue = state.issues.get(Number(params.pull_number));
  if (!issue?.pull) throw notFound();
  return issue;
}

export function applyTextEdits(issue: IssueRecord, body: Record<string, unknown>): void {
  const title = read(body, 'title', isTitle);
  if (title !== undefined) issue.title = String(title);
  const text = read(body, 'body', isNullableString);
  if (text !== undefined) issue.body = text;
}

/** PRs carry no state_reason, so callers pass null for them. */
export function setState(
  issue: IssueRecord,
  state: IssueState,
  reason: string | null | undefined,
): void {
  if (state === issue.state) return;
  issue.state = state;
  issue.closed_at = state === 'closed' ? timestamp() : null;
  const defaultReason = state === 'closed' ? 'completed' : 'reopened';
  issue.state_reason = issue.pull ? null : (reason ?? defaultReason);
}
