import type { PermissionLevel } from './records.js';
import { repoJson, userJson } from './response-shapes.js';
import { ok, type RouteContext, type RouteResult } from './route-context.js';

// GitHub's legacy `permission` field predates the maintain and triage roles.
const LEGACY_PERMISSION: Record<PermissionLevel, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};

const RANK: Record<PermissionLevel, number> = {
  none: 0,
  read: 1,
  triage: 2,
  write: 3,
  maintain: 4,
  admin: 5,
};

export function getRepo({ state, apiUrl }: RouteContext): RouteResult {
  return ok(repoJson(state, apiUrl));
}

export function getPermission({ state, params, apiUrl }: RouteContext): RouteResult {
  const level = state.permissionOf(params.username ?? '');
  const atLeast = (minimum: PermissionLevel): boolean => RANK[level] >= RANK[minimum];
  const permissions = {
    admin: atLeast('admin'),
    maintain: atLeast('maintain'),
    push: atLeast('write'),
    triage: atLeast('triage'),
    pull: atLeast('read'),
  };
  const user = { ...userJson({ login: params.username ?? '', type: 'User' }, apiUrl), permissions };
  return ok({ permission: LEGACY_PERMISSION[level], role_name: level, user });
}
