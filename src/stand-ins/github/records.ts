export type PermissionLevel = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';
export type UserType = 'User' | 'Bot' | 'Organization';

export interface UserRef {
  login: string;
  type: UserType;
}

export interface IssueSeed {
  number?: number;
  title: string;
  body?: string | null;
  user?: { login: string; type?: UserType };
  labels?: ReadonlyArray<string | { name: string }>;
  state?: 'open' | 'closed';
}

export interface PullSeed extends IssueSeed {
  /** Branch name, or `owner:branch` for a head in another account. */
  head: string;
  headSha?: string;
  base?: string;
  draft?: boolean;
  merged?: boolean;
}

export interface PullFields {
  id: number;
  node_id: string;
  head: { owner: string; ref: string; sha: string };
  base: { ref: string };
  draft: boolean;
  merged: boolean;
  requested_reviewers: string[];
  requested_teams: string[];
}

/** Issues and pull requests share one record type because they share one number space. */
export interface IssueRecord {
  id: number;
  node_id: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  user: UserRef;
  labels: string[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  pull?: PullFields;
}

export type IssueView = Omit<IssueRecord, 'pull'> & { pull_request: boolean };

/** A pull request as the convenience readers return it: ids are the pull request's own. */
export type PullView = Omit<IssueRecord, 'pull'> &
  Omit<PullFields, 'head'> & {
    head: { ref: string; sha: string; label: string };
  };

export interface CommentView {
  id: number;
  node_id: string;
  issue_number: number;
  body: string;
  user: UserRef;
  created_at: string;
  updated_at: string;
}

export function toIssueView(issue: IssueRecord): IssueView {
  const { pull, ...rest } = structuredClone(issue);
  return { ...rest, pull_request: pull !== undefined };
}

export function toPullView(issue: IssueRecord): PullView {
  const { pull, ...rest } = structuredClone(issue);
  if (!pull) throw new Error(`#${issue.number} is not a pull request`);
  const { owner, ref, sha } = pull.head;
  return { ...rest, ...pull, head: { ref, sha, label: `${owner}:${ref}` } };
}

export interface LabelEvent {
  id: number;
  issue: number;
  event: 'labeled' | 'unlabeled';
  label: string;
  actor: UserRef;
  created_at: string;
}

export interface Dispatch {
  /** The workflow's file name or numeric id, as the request named it. */
  workflow: string;
  ref: string;
  inputs: Record<string, string>;
}
