import type { Redactor } from '../core/redact.js';
import type { TicketState } from '../core/state.js';
import { inert, stateFooter, stateLine } from './pull-body.js';
import type { SpecAnswer } from '../spec/spec-answer.js';

export interface SpecPullView {
  answer: SpecAnswer;
  state: TicketState;
  jiraUrl?: string;
  redactor: Redactor;
}

export const COMMANDS_HELP = [
  'specgate wrote the spec in this pull request. Reply with a new comment that starts with one of:',
  '',
  '- `/approve` to implement exactly this spec (it binds to this version of the spec file),',
  '- `/revise <feedback>` to have the spec rewritten with your feedback,',
  '- `/reject [reason]` to close this pull request.',
  '',
  'Only people with write access can give these commands; edits of existing comments are ignored.',
].join('\n');

/**
 * The spec PR's description: a summary for people, the state marker for later
 * runs. The model's text is redacted piece by piece before it is put together.
 */
export function renderSpecPullBody(view: SpecPullView): string {
  const { answer, state } = view;
  const r = (text: string) => view.redactor.redact(text);
  const links = [
    state.issue !== undefined ? `Closes #${state.issue}` : undefined,
    state.jiraKey
      ? `Jira: ${view.jiraUrl ? `[${state.jiraKey}](${view.jiraUrl})` : state.jiraKey}`
      : undefined,
  ].filter(Boolean);
  const scope = answer.scope.map((e) => `| \`${r(e.path)}\` | ${e.change} |`);
  return [
    stateLine(state),
    links.join(' · '),
    `### Spec\n\n${inert(r(answer.problem.split('\n')[0] ?? ''))}\n\nFull spec: \`${state.specPath}\` in this branch. It stays in the repository when the pull request is merged, as the record of what was approved.`,
    `### Scope (${answer.scope.length} files)\n\n| File | Change |\n| --- | --- |\n${scope.join('\n')}`,
    `### Commands\n\n${COMMANDS_HELP}`,
    stateFooter(state),
  ]
    .filter(Boolean)
    .join('\n\n');
}
