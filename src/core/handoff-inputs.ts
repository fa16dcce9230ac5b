/**
 * The workflow_dispatch inputs a hand-over sends: a comment to read again (on
 * a pull request), or an issue to plan. They only say where to look; the run
 * reads who asked and what they asked for again through the API.
 */
export const HANDOFF_INPUTS = { comment: 'comment-id', pull: 'pull', issue: 'issue' } as const;
