import * as issues from './issue-routes.js';
import * as pulls from './pull-routes.js';
import * as repos from './repo-routes.js';
import type { RouteHandler } from './route-context.js';

/** The REST operations the fake answers, by GitHub's operation id; any other is a 501. */
export const ROUTES: Readonly<Record<string, RouteHandler>> = {
  'repos/get': repos.getRepo,
  'repos/get-collaborator-permission-level': repos.getPermission,
  'issues/get': issues.getIssue,
  'issues/create': issues.createIssue,
  'issues/update': issues.updateIssue,
  'issues/list-comments': issues.listComments,
  'issues/create-comment': issues.createComment,
  'issues/update-comment': issues.updateComment,
  'issues/add-labels': issues.addLabels,
  'issues/remove-label': issues.removeLabel,
  'pulls/list': pulls.listPulls,
  'pulls/create': pulls.createPull,
  'pulls/get': pulls.getPull,
  'pulls/update': pulls.updatePull,
  'pulls/request-reviewers': pulls.requestReviewers,
};
