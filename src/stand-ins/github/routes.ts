import * as actions from './actions-routes.js';
import * as apps from './app-routes.js';
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
  'issues/get-comment': issues.getComment,
  'issues/list-events': issues.listEvents,
  'issues/list-for-repo': issues.listForRepo,
  'actions/list-repo-workflows': actions.listWorkflows,
  'actions/create-workflow-dispatch': actions.createDispatch,
  'repos/get-content': actions.getContent,
  'apps/create-installation-access-token': apps.createInstallationToken,
  'apps/get-repo-installation': apps.getRepoInstallation,
  'apps/list-installations': apps.listInstallations,
  'apps/list-repos-accessible-to-installation': apps.listInstallationRepos,
  'reactions/create-for-issue': apps.createReaction,
  'reactions/create-for-issue-comment': apps.createReaction,
  'reactions/delete-for-issue': apps.deleteReaction,
  'reactions/delete-for-issue-comment': apps.deleteReaction,
  'pulls/list': pulls.listPulls,
  'pulls/create': pulls.createPull,
  'pulls/get': pulls.getPull,
  'pulls/update': pulls.updatePull,
  'pulls/request-reviewers': pulls.requestReviewers,
};
