import { FakeGitHub } from '../../src/stand-ins/github.js';
import { FakeJira, type JiraIssueFixture } from '../../src/stand-ins/jira.js';
import { FakeModel, type ScriptedAnswer } from '../../src/stand-ins/model.js';
import { FakeSlack } from '../../src/stand-ins/slack.js';
import { createRepo, type RepoFixture } from './git-fixture.js';
import { SAMPLE_REPO } from './sample-repo.js';

export const SECRETS = {
  github: 'ghs_' + 'T'.repeat(36),
  openai: 'sk-test-' + 'k'.repeat(32),
  slack: 'xoxb-0000-1111-' + 's'.repeat(24),
  jira: 'ATATT3x' + 'j'.repeat(40),
  runtime: 'eyJhbGciOiJSUzI1NiJ9.eyJydW50aW1lIjoidG9rZW4ifQ.' + 'r'.repeat(40),
  oidc: 'oidc-request-token-' + 'o'.repeat(30),
};

export interface World {
  github: FakeGitHub;
  model: FakeModel;
  slack: FakeSlack;
  jira: FakeJira;
  repo: RepoFixture;
  /** The action inputs of a fully configured workflow. */
  inputs: Record<string, string>;
  /** Variables a real runner puts in the step's environment, secrets included. */
  runnerEnv: Record<string, string>;
  stop(): Promise<void>;
}

export interface WorldOptions {
  script: ScriptedAnswer[];
  files?: Record<string, string>;
  jiraIssues?: JiraIssueFixture[];
}

/** Every remote service specgate talks to, standing on 127.0.0.1, plus a real repo. */
export async function startWorld(options: WorldOptions): Promise<World> {
  const github = new FakeGitHub();
  const model = new FakeModel(options.script);
  const slack = new FakeSlack();
  const jira = new FakeJira(options.jiraIssues ?? []);
  await Promise.all([github.start(), model.start(), slack.start(), jira.start()]);
  const repo = createRepo(options.files ?? SAMPLE_REPO);
  const inputs = {
    'github-token': SECRETS.github,
    'openai-api-key': SECRETS.openai,
    'openai-base-url': `${model.url}/v1`,
    model: 'test-model',
    'slack-token': SECRETS.slack,
    'slack-channel': 'C0123456',
    'slack-api-url': `${slack.url}/api/`,
    'jira-base-url': jira.url,
    'jira-email': 'bot@example.com',
    'jira-api-token': SECRETS.jira,
    'jira-status-spec-review': 'Spec Review',
    'jira-status-in-review': 'Spec Review',
    'jira-status-done': 'Done',
    'test-command': 'node --test',
  };
  return {
    github,
    model,
    slack,
    jira,
    repo,
    inputs,
    runnerEnv: {
      ACTIONS_RUNTIME_TOKEN: SECRETS.runtime,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: SECRETS.oidc,
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/oidc',
      GITHUB_TOKEN: SECRETS.github,
      OPENAI_API_KEY: SECRETS.openai,
    },
    async stop() {
      await Promise.all([github.stop(), model.stop(), slack.stop(), jira.stop()]);
      repo.cleanup();
    },
  };
}

export { LOGIN_TICKET } from '../../src/demo/example.js';
