import { HttpError, notFound } from './http-errors.js';
import { timestamp } from './names.js';
import { fields } from './request-body.js';
import { repoJson, userJson } from './response-shapes.js';
import { ok, type RouteContext, type RouteResult } from './route-context.js';

/**
 * POST /app/installations/{id}/access_tokens: what a GitHub App does before
 * acting for an installation. The app must authenticate with its JWT.
 */
export function createInstallationToken(context: RouteContext): RouteResult {
  const authorization = String(context.headers.authorization ?? '');
  if (!/^bearer [\w-]+\.[\w-]+\.[\w-]+$/i.test(authorization)) {
    throw new HttpError(
      401,
      { message: 'A JSON web token could not be decoded' },
      'installation token requested without an app JWT',
    );
  }
  const installation = context.params.installation_id ?? '';
  context.state.installationTokens += 1;
  return {
    status: 201,
    body: {
      token: `ghs_installation${installation}x${String(context.state.installationTokens).padStart(20, '0')}`,
      expires_at: new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      permissions: { issues: 'write', pull_requests: 'write', contents: 'read', actions: 'write' },
      repository_selection: 'all',
    },
  };
}

const INSTALLATION_ID = 1;

function installationJson(context: RouteContext): Record<string, unknown> {
  const { state, apiUrl } = context;
  return {
    id: INSTALLATION_ID,
    account: userJson({ login: state.owner, type: 'User' }, apiUrl),
    repository_selection: 'all',
    access_tokens_url: `${apiUrl}/app/installations/${INSTALLATION_ID}/access_tokens`,
    repositories_url: `${apiUrl}/installation/repositories`,
    html_url: `https://github.com/settings/installations/${INSTALLATION_ID}`,
    app_id: 1,
    target_id: 1,
    target_type: 'User',
    permissions: { issues: 'write' },
    events: ['issues', 'issue_comment', 'pull_request'],
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    single_file_name: null,
    app_slug: 'specgate',
    suspended_at: null,
    suspended_by: null,
  };
}

/** The one repository is installed with installation 1. */
export function getRepoInstallation(context: RouteContext): RouteResult {
  return ok(installationJson(context));
}

export function listInstallations(context: RouteContext): RouteResult {
  return ok([installationJson(context)]);
}

export function listInstallationRepos(context: RouteContext): RouteResult {
  return ok({
    total_count: 1,
    repository_selection: 'all',
    repositories: [repoJson(context.state, context.apiUrl)],
  });
}

/** 201 for a new reaction, 200 with the existing one when this user already reacted so. */
export function createReaction(context: RouteContext): RouteResult {
  const { state } = context;
  const subject = context.params.comment_id
    ? `comment:${context.params.comment_id}`
    : `issue:${context.params.issue_number}`;
  if (context.params.comment_id && !state.comments.has(Number(context.params.comment_id)))
    throw notFound();
  if (context.params.issue_number && !state.issues.has(Number(context.params.issue_number)))
    throw notFound();
  const given = fields(context.body).content;
  const content = typeof given === 'string' ? given : '';
  const key = `${subject}:${content}:${state.actor.login}`;
  const existing = state.reactions.get(key);
  const reaction = existing ?? {
    id: state.nextId(),
    created_at: timestamp(),
    user: state.actor,
  };
  state.reactions.set(key, reaction);
  return {
    status: existing ? 200 : 201,
    body: {
      id: reaction.id,
      node_id: `REA_kwDOFake${reaction.id}`,
      user: userJson(reaction.user, context.apiUrl),
      content,
      created_at: reaction.created_at,
    },
  };
}

export function deleteReaction(context: RouteContext): RouteResult {
  const { state } = context;
  const id = Number(context.params.reaction_id);
  const entry = [...state.reactions].find(([, reaction]) => reaction.id === id);
  if (!entry) throw notFound();
  state.reactions.delete(entry[0]);
  return { status: 204 };
}
