/**
 * The GitHub events specgate can act on. Any other is ignored before
 * anything else is loaded or read: a workflow may trigger on many events.
 */
export const ACTED_ON_EVENTS: ReadonlySet<string> = new Set([
  'issues',
  'issue_comment',
  'workflow_dispatch',
  'pull_request',
  'schedule',
]);
