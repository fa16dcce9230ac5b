import { canWrite, isBot, type Actor } from '../core/bots.js';
import type { CodeHost } from '../ports.js';
import type { Policy } from '../usecases/deps.js';
import type { Command } from './command.js';

export type Authorization = { ok: true } | { ok: false; reason: string };

const ALLOW: Authorization = { ok: true };

/**
 * The one place that decides who may do what. A closed pull request is a fact
 * GitHub reports, so it needs no requester; everything else is checked by the
 * rule of the requester's identity source (one per source: GitHub users
 * through the API; Slack users and Jira webhooks as their doors arrive).
 */
export async function authorize(
  command: Command,
  host: CodeHost,
  policy: Pick<Policy, 'jiraProjectKeys'>,
): Promise<Authorization> {
  if (command.kind === 'pull-closed') return ALLOW;
  const requester = command.requester;
  const local = command.kind === 'plan-here' || command.kind === 'implement-here';
  if (local !== (requester.source === 'terminal') && command.kind !== 'sweep')
    return local
      ? { ok: false, reason: `${command.kind} works in a checkout, from the CLI only` }
      : {
          ok: false,
          reason: `the CLI works in its own checkout; ${command.kind} is given on GitHub`,
        };
  switch (requester.source) {
    case 'github':
      return authorizeGitHubUser(host, requester.actor);
    // The webhook's signature was checked at the door: Jira may start a plan,
    // which a person with write access still has to approve.
    case 'jira':
      return command.kind === 'plan'
        ? jiraProjectAllowed(command.ticket.jiraKey, policy)
        : { ok: false, reason: `a Jira webhook can start a plan, not ${command.kind}` };
    case 'slack':
      return {
        ok: false,
        reason: `Slack user ${requester.userId} is not linked to a GitHub account; ask on GitHub`,
      };
    case 'schedule':
      return command.kind === 'sweep'
        ? ALLOW
        : { ok: false, reason: `a scheduled run only sweeps timeouts, not ${command.kind}` };
    // Their checkout, their token: the terminal asks nobody's permission for what it may do.
    case 'terminal':
      return ALLOW;
  }
}

/**
 * A GitHub user may start work or give commands when they are a human whose
 * permission on the repository, read from the API (never from a payload's
 * author_association), is write, maintain or admin.
 */
export async function authorizeGitHubUser(host: CodeHost, actor: Actor): Promise<Authorization> {
  if (isBot(actor))
    return { ok: false, reason: `${actor.login} is a bot; bots cannot trigger specgate` };
  const permission = await host.permissionOf(actor.login);
  if (!canWrite(permission.roleName, permission.permission)) {
    const level = permission.roleName ?? permission.permission ?? 'none';
    return {
      ok: false,
      reason: `${actor.login} has ${level} access; write, maintain or admin is required`,
    };
  }
  return ALLOW;
}

/** A route is an allowlist: a repository takes Jira tickets only from the projects it names. */
function jiraProjectAllowed(
  jiraKey: string | undefined,
  policy: Pick<Policy, 'jiraProjectKeys'>,
): Authorization {
  if (!jiraKey) return { ok: false, reason: 'a Jira webhook names no Jira ticket to plan' };
  const project = jiraKey.split('-')[0] ?? '';
  return policy.jiraProjectKeys.includes(project)
    ? ALLOW
    : {
        ok: false,
        reason: `Jira project ${project} is not in this repository's jira-project-keys; its ticket ${jiraKey} is not planned`,
      };
}
