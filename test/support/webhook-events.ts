import { createRequire } from 'node:module';

interface ExampleGroup {
  name: string;
  examples: Record<string, unknown>[];
}

const require = createRequire(import.meta.url);
const groups = require('@octokit/webhooks-examples/api.github.com/index.json') as ExampleGroup[];

/** A real webhook payload from GitHub's published examples, deep-copied. */
export function example(event: string, action?: string): Record<string, unknown> {
  const group = groups.find((g) => g.name === event);
  const found = group?.examples.find((e) => action === undefined || e.action === action);
  if (!found) throw new Error(`no example for ${event}${action ? `.${action}` : ''}`);
  return structuredClone(found);
}

export interface Sender {
  login: string;
  type?: 'User' | 'Bot';
}

/** issues.labeled as GitHub sends it, for our issue, label and sender. */
export function issueLabeled(
  issue: { number: number; title: string; body: string },
  label: string,
  sender: Sender,
) {
  const payload = example('issues', 'labeled') as {
    issue: Record<string, unknown>;
    label: Record<string, unknown>;
    sender: Record<string, unknown>;
    repository: Record<string, unknown>;
  };
  Object.assign(payload.issue, { number: issue.number, title: issue.title, body: issue.body });
  payload.label.name = label;
  Object.assign(payload.sender, { login: sender.login, type: sender.type ?? 'User' });
  // The example repository's default branch is master; the test repositories use main.
  payload.repository.default_branch = 'main';
  return payload;
}

/** workflow_dispatch with the given inputs and sender. */
export function workflowDispatch(inputs: Record<string, string>, sender: Sender) {
  const payload = example('workflow_dispatch') as {
    inputs: Record<string, string>;
    sender: Record<string, unknown>;
  };
  payload.inputs = inputs;
  Object.assign(payload.sender, { login: sender.login, type: sender.type ?? 'User' });
  return payload;
}

/** issue_comment on a pull request, built from the real issue_comment example. */
/** Each comment its own id, as GitHub gives them. */
let commentIds = 492700400;

export function prComment(
  pullNumber: number,
  body: string,
  sender: Sender,
  options: { action?: string; createdAt?: string; id?: number } = {},
) {
  const payload = example('issue_comment', 'created') as {
    action: string;
    issue: Record<string, unknown>;
    comment: Record<string, unknown>;
    sender: Record<string, unknown>;
  };
  payload.action = options.action ?? 'created';
  Object.assign(payload.issue, {
    number: pullNumber,
    pull_request: {
      url: `https://api.github.com/repos/Codertocat/Hello-World/pulls/${pullNumber}`,
    },
  });
  Object.assign(payload.comment, {
    id: options.id ?? ++commentIds,
    body,
    created_at: options.createdAt ?? new Date().toISOString(),
    user: { ...(payload.comment.user as object), login: sender.login, type: sender.type ?? 'User' },
  });
  Object.assign(payload.sender, { login: sender.login, type: sender.type ?? 'User' });
  return payload;
}

/** pull_request.closed, built from the real example. */
export function pullRequestClosed(pullNumber: number, merged: boolean) {
  const payload = example('pull_request', 'closed') as { pull_request: Record<string, unknown> };
  Object.assign(payload.pull_request, { number: pullNumber, merged, state: 'closed' });
  return payload;
}
