import { fakeSha } from './names.js';
import type { IssueRecord } from './records.js';
import { association, labelJson, pullLinks, repoJson, userJson } from './response-shapes.js';
import type { RouteContext } from './route-context.js';

/** `simple` mirrors the list endpoint, which omits merged, mergeable and the counters. */
export function pullJson(
  context: RouteContext,
  issue: IssueRecord,
  { simple = false } = {},
): Record<string, unknown> {
  const { state, apiUrl } = context;
  const pull = issue.pull;
  if (!pull) throw new Error(`#${issue.number} is not a pull request`);
  const links = pullLinks(context, issue);
  const repo = repoJson(state, apiUrl);
  const shape: Record<string, unknown> = {
    id: pull.id,
    node_id: pull.node_id,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    body: issue.body,
    draft: pull.draft,
    user: userJson(issue.user, apiUrl),
    labels: issue.labels.map((name) => labelJson(context, name)),
    head: {
      label: `${pull.head.owner}:${pull.head.ref}`,
      ref: pull.head.ref,
      sha: pull.head.sha,
      user: userJson({ login: pull.head.owner, type: 'User' }, apiUrl),
      repo: pull.head.owner === state.owner ? repo : forkJson(repo, pull.head.owner, apiUrl),
    },
    base: {
      label: `${state.owner}:${pull.base.ref}`,
      ref: pull.base.ref,
      sha: fakeSha(`${state.owner}:${pull.base.ref}`),
      user: repo.owner,
      repo,
    },
    requested_reviewers: pull.requested_reviewers.map((login) =>
      userJson({ login, type: 'User' }, apiUrl),
    ),
    requested_teams: pull.requested_teams.map((slug) => ({ slug, name: slug })),
    url: links.url,
    html_url: links.html_url,
    diff_url: links.diff_url,
    patch_url: links.patch_url,
    issue_url: `${apiUrl}/repos/${state.owner}/${state.repo}/issues/${issue.number}`,
    author_association: association(state, issue.user),
    merged_at: links.merged_at,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
  };
  if (simple) return shape;
  const comments = state.commentsOn(issue.number).length;
  return {
    ...shape,
    merged: pull.merged,
    mergeable: null,
    mergeable_state: 'unknown',
    comments,
    commits: 1,
    maintainer_can_modify: false,
  };
}

/** A head in another account lives in that account's fork of the repository. */
function forkJson(
  repo: Record<string, unknown>,
  owner: string,
  apiUrl: string,
): Record<string, unknown> {
  const fullName = `${owner}/${String(repo.name)}`;
  return {
    ...repo,
    id: Number(repo.id) + 1,
    full_name: fullName,
    owner: userJson({ login: owner, type: 'User' }, apiUrl),
    fork: true,
    html_url: `https://github.com/${fullName}`,
    url: `${apiUrl}/repos/${fullName}`,
  };
}
