import { fakeSha, sameName, stableId } from './names.js';
import type { CommentView, IssueRecord, UserRef } from './records.js';
import type { RepoState } from './repo-state.js';
import type { RouteContext } from './route-context.js';

const WEB = 'https://github.com';

export function repoJson(state: RepoState, apiUrl: string): Record<string, unknown> {
  const fullName = `${state.owner}/${state.repo}`;
  return {
    id: 1296269,
    node_id: 'R_kgDOFake',
    name: state.repo,
    full_name: fullName,
    owner: userJson({ login: state.owner, type: 'User' }, apiUrl),
    private: false,
    visibility: 'public',
    fork: false,
    archived: false,
    disabled: false,
    html_url: `${WEB}/${fullName}`,
    url: `${apiUrl}/repos/${fullName}`,
    default_branch: state.defaultBranch,
  };
}

export function userJson(user: UserRef, apiUrl: string): Record<string, unknown> {
  return {
    login: user.login,
    id: stableId(user.login),
    node_id: `U_kgDOFake${stableId(user.login)}`,
    type: user.type,
    site_admin: false,
    url: `${apiUrl}/users/${encodeURIComponent(user.login)}`,
    html_url: `${WEB}/${encodeURIComponent(user.login)}`,
  };
}

export function labelJson({ state, apiUrl }: RouteContext, name: string): Record<string, unknown> {
  return {
    id: stableId(`label:${name.toLowerCase()}`),
    node_id: `LA_kwDOFake${stableId(name.toLowerCase())}`,
    url: `${apiUrl}/repos/${state.owner}/${state.repo}/labels/${encodeURIComponent(name)}`,
    name,
    color: fakeSha(name.toLowerCase()).slice(0, 6),
    default: false,
    description: null,
  };
}

export function issueJson(context: RouteContext, issue: IssueRecord): Record<string, unknown> {
  const { state, apiUrl } = context;
  const api = `${apiUrl}/repos/${state.owner}/${state.repo}`;
  const kind = issue.pull ? 'pull' : 'issues';
  return {
    id: issue.id,
    node_id: issue.node_id,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.state_reason,
    locked: false,
    user: userJson(issue.user, apiUrl),
    labels: issue.labels.map((name) => labelJson(context, name)),
    assignees: [],
    comments: state.commentsOn(issue.number).length,
    url: `${api}/issues/${issue.number}`,
    comments_url: `${api}/issues/${issue.number}/comments`,
    repository_url: api,
    html_url: `${WEB}/${state.owner}/${state.repo}/${kind}/${issue.number}`,
    author_association: association(state, issue.user),
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    ...(issue.pull ? { draft: issue.pull.draft, pull_request: pullLinks(context, issue) } : {}),
  };
}

export function pullLinks(
  { state, apiUrl }: RouteContext,
  issue: IssueRecord,
): Record<string, unknown> {
  const html = `${WEB}/${state.owner}/${state.repo}/pull/${issue.number}`;
  return {
    url: `${apiUrl}/repos/${state.owner}/${state.repo}/pulls/${issue.number}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    merged_at: issue.pull?.merged ? issue.updated_at : null,
  };
}

export function commentJson(
  { state, apiUrl }: RouteContext,
  comment: CommentView,
): Record<string, unknown> {
  const api = `${apiUrl}/repos/${state.owner}/${state.repo}`;
  const kind = state.issues.get(comment.issue_number)?.pull ? 'pull' : 'issues';
  return {
    id: comment.id,
    node_id: comment.node_id,
    body: comment.body,
    user: userJson(comment.user, apiUrl),
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${WEB}/${state.owner}/${state.repo}/${kind}/${comment.issue_number}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${comment.issue_number}`,
    author_association: association(state, comment.user),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
  };
}

export function association(state: RepoState, user: UserRef): string {
  if (sameName(user.login, state.owner)) return 'OWNER';
  return state.permissionOf(user.login) === 'none' ? 'NONE' : 'COLLABORATOR';
}
