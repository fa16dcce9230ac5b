import { PullBodyTicketStore } from '../tickets/pull-body-store.js';
import type { Git } from '../git/git.js';
import type { Chat, CodeHost, PullRequest, Tracker } from '../ports.js';
import type { Deps, Outcome } from '../usecases/deps.js';
import { excerpt, pullName, shortSha, UNOPENED_PULL, WriteRecorder } from './recorder.js';

export interface DryRun {
  /** The run's Deps with every remote write recorded instead of made. */
  deps: Deps;
  recorder: WriteRecorder;
  /** The outcome as a dry run reports it: saying so, with the writes, and no made-up PR. */
  finish(outcome: Outcome): Outcome;
}

/**
 * What each part of Deps can write outside this machine. A part added to
 * Deps does not compile until it is listed here, so no new port can write
 * through a dry run unnoticed.
 */
const WRITES = {
  host: 'recorded',
  tickets: 'recorded: kept on the pull request, through the host',
  files: 'none: planning reads the repository',
  git: 'recorded',
  tracker: 'recorded',
  chat: 'recorded',
  model: 'none: model calls are reads',
  redactor: 'none',
  log: 'none',
  clock: 'none',
  policy: 'none',
  workspace: 'none: local files',
  machine: 'none',
} as const satisfies Record<keyof Deps, string>;
void WRITES;

/**
 * Wraps the write side of each port of a run: reads go through, writes are
 * recorded as a line saying what would have been done and never sent. Writes
 * that answer (a new pull request, a Slack thread) answer with clearly
 * synthetic values, so the use case goes on and shows its later writes too.
 */
export function dryRun(deps: Deps): DryRun {
  const recorder = new WriteRecorder(deps.redactor, deps.log);
  const record = (line: string) => recorder.record(line);
  const host = dryHost(deps.host, record);
  return {
    recorder,
    deps: {
      ...deps,
      host,
      tickets: new PullBodyTicketStore(host, deps.policy, deps.redactor),
      git: dryGit(deps.git, record, (path, content) => recorder.preview(path, content)),
      ...(deps.tracker ? { tracker: dryTracker(deps.tracker, record) } : {}),
      ...(deps.chat ? { chat: dryChat(record) } : {}),
    },
    finish: (outcome) => {
      const { prNumber, prUrl, ...rest } = outcome;
      const real = prNumber !== undefined && prNumber !== UNOPENED_PULL;
      return {
        ...rest,
        ...(real ? { prNumber } : {}),
        ...(real && prUrl ? { prUrl } : {}),
        message: `Dry run, nothing was written: ${outcome.message}`,
        dryRun: [...recorder.writes],
        ...(recorder.previews.length ? { dryRunFiles: [...recorder.previews] } : {}),
      };
    },
  };
}

type RecordWrite = (line: string) => void;

function dryHost(host: CodeHost, record: RecordWrite): CodeHost {
  return {
    permissionOf: (login) => host.permissionOf(login),
    defaultBranch: () => host.defaultBranch(),
    getIssue: (number) => host.getIssue(number),
    findPullByBranch: (branch) => host.findPullByBranch(branch),
    getPull: (number) => host.getPull(number),
    listOpenPulls: () => host.listOpenPulls(),
    issuesLabelled: (label) => host.issuesLabelled(label),
    readFile: (path) => host.readFile(path),
    openIssue: (issue) => {
      record(`GitHub: open an issue "${issue.title}": ${excerpt(issue.body)}`);
      return Promise.resolve({
        number: UNOPENED_PULL,
        title: issue.title,
        body: issue.body,
        url: 'dry-run:issue-not-opened',
        author: 'specgate-dry-run',
        isPullRequest: false,
      });
    },
    addLabels: (number, labels) => {
      record(`GitHub: label ${numbered(number)} ${labels.join(', ')}`);
      return Promise.resolve();
    },
    createDraftPull: (pull) => {
      record(
        `GitHub: open a draft pull request "${pull.title}" (${pull.head} into ${pull.base}): ${excerpt(pull.body)}`,
      );
      return Promise.resolve(unopenedPull(pull));
    },
    updatePull: (number, changes) => {
      const parts = [
        changes.title !== undefined ? `title "${changes.title}"` : '',
        changes.body !== undefined ? `body ${excerpt(changes.body)}` : '',
      ].filter(Boolean);
      record(`GitHub: update ${pullName(number)}: ${parts.join(', ')}`);
      return Promise.resolve();
    },
    comment: (number, body) => {
      record(`GitHub: comment on ${numbered(number)}: ${excerpt(body)}`);
      return Promise.resolve();
    },
    closePull: (number) => {
      record(`GitHub: close ${pullName(number)}`);
      return Promise.resolve();
    },
    markReadyForReview: (pull) => {
      record(`GitHub: mark ${pullName(pull.number)} ready for review`);
      return Promise.resolve();
    },
    requestReviewers: (number, logins) => {
      record(`GitHub: request reviews on ${pullName(number)} from ${logins.join(', ')}`);
      return Promise.resolve();
    },
    closeIssue: (number, comment) => {
      record(`GitHub: close issue #${number} with the comment ${excerpt(comment)}`);
      return Promise.resolve();
    },
  };
}

function numbered(number: number): string {
  return number === UNOPENED_PULL ? pullName(number) : `#${number}`;
}

function unopenedPull(pull: { title: string; head: string; body: string }): PullRequest {
  return {
    number: UNOPENED_PULL,
    nodeId: 'dry-run',
    url: 'dry-run:pull-request-not-opened',
    title: pull.title,
    body: pull.body,
    draft: true,
    open: true,
    merged: false,
    headRef: pull.head,
    fromFork: false,
    author: { login: 'specgate-dry-run', type: 'Bot' },
  };
}

function dryTracker(tracker: Tracker, record: RecordWrite): Tracker {
  return {
    browseUrl: (key) => tracker.browseUrl(key),
    getTicket: (key) => tracker.getTicket(key),
    comment: (key, markdown) => {
      record(`Jira: comment on ${key}: ${excerpt(markdown)}`);
      return Promise.resolve();
    },
    transition: (key, statusName) => {
      record(`Jira: move ${key} to "${statusName}"`);
      return Promise.resolve(true);
    },
    linkPullRequest: (key, pull) => {
      record(`Jira: link ${key} to "${pull.title}" (${pull.url})`);
      return Promise.resolve();
    },
  };
}

function dryChat(record: RecordWrite): Chat {
  return {
    post: (message) => {
      record(
        `Slack: ${message.thread ? "reply in the ticket's thread" : "start the ticket's thread"}: ${excerpt(`${message.stage}: ${message.title}`)}`,
      );
      return Promise.resolve({ channel: 'dry-run', ts: 'dry-run' });
    },
  };
}

/**
 * Git's remote write is push (fetch and ls-remote only read). Moving the
 * checkout's branches (the command line's plan and implement) is recorded
 * too: a developer's dry run leaves their branches as they were. Local
 * objects and the trusted store are work, not writes: a store's pushes are
 * recorded like the checkout's.
 */
function dryGit(
  git: Git,
  record: RecordWrite,
  preview?: (path: string, content: string) => void,
): Git {
  const writes: Partial<Git> = {
    // A local commit is work, not a write; what it holds (the spec) is shown whole.
    commitFiles: async (base, files, message) => {
      for (const file of files)
        if (file.content !== undefined)
          preview?.(file.path, Buffer.from(file.content).toString('utf8'));
      return git.commitFiles(base, files, message);
    },
    push: (commit, branch) => {
      record(`git: push ${shortSha(commit)} to the branch ${branch}`);
      return Promise.resolve();
    },
    startBranch: (name, commit) => {
      record(`git: create the branch ${name} at ${shortSha(commit)} and check it out`);
      return Promise.resolve();
    },
    advanceHead: (commit) => {
      record(`git: move the checked-out branch to ${shortSha(commit)}`);
      return Promise.resolve();
    },
    openTrustedStore: async (base) => {
      const store = await git.openTrustedStore(base);
      return { ...store, git: dryGit(store.git, record, preview) };
    },
  };
  return new Proxy(git, {
    get: (target, name, receiver): unknown =>
      typeof name === 'string' && name in writes
        ? writes[name as keyof Git]
        : Reflect.get(target, name, receiver),
  });
}
