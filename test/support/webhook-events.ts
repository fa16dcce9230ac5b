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
  };
  Object.assign(payload.issue, { number: issue.number, title: issue.title, body: issue.body });
  payload.label.name = label;
  Object.assign(payload.sender, { login: sender.login, type: sender.type ?? 'User' });
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
