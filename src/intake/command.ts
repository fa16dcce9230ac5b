import type { Actor } from '../core/bots.js';
import type { LocalTicket } from '../usecases/plan-here.js';

/**
 * Who asks, as the door they came through knows them. Each source has its own
 * way to tell what that person may do (see authorize.ts); a payload's claims
 * about a person are never the answer.
 */
export type Requester =
  | { source: 'github'; actor: Actor }
  /** A Jira webhook whose signature was verified: Jira itself asks, for whoever moved the ticket. */
  | { source: 'jira'; accountId?: string }
  | { source: 'slack'; userId: string; teamId?: string }
  /** A scheduled run: only housekeeping, never work a person must approve. */
  | { source: 'schedule' }
  /**
   * The person at a terminal, running the CLI in their own checkout: they may
   * plan and implement there (nothing leaves the machine but model calls) and
   * sweep with their own token; pull requests are answered on GitHub.
   */
  | { source: 'terminal' };

/** A command a person wrote (a comment): when, as GitHub says, if the door knows. */
interface Written {
  writtenAt?: string;
  /**
   * What the command was written as (`github-comment:<id>`, a Slack action):
   * recorded on the ticket when it is carried out, so it is never carried out twice.
   */
  origin?: string;
}

/** What the ticket's plan starts from: a GitHub issue, a Jira ticket, or both. */
export interface TicketRef {
  issueNumber?: number;
  jiraKey?: string;
  /** What a Jira door read of the ticket: enough to open its GitHub issue, and why it asked. */
  jira?: { summary: string; description: string; why: string };
}

/** A request about a ticket on the code host: what every remote door (GitHub, Jira, Slack, the schedule) asks. */
export type TicketCommand =
  | {
      kind: 'plan';
      requester: Requester;
      ticket: TicketRef;
      /** How the plan was asked for, for the audit trail and the refusals. */
      trigger: 'label' | 'dispatch';
      /** The repository's default branch when the door knows it (saves an API call). */
      defaultBranch?: string;
      /** When it was asked for (a hand-over: when the label was added), if the door knows. */
      requestedAt?: string;
    }
  | ({ kind: 'approve'; requester: Requester; pullNumber: number } & Written)
  | ({ kind: 'revise'; requester: Requester; pullNumber: number; feedback: string } & Written)
  | ({ kind: 'reject'; requester: Requester; pullNumber: number; reason: string } & Written)
  /** A fact the code host reports (not a request): a ticket's pull request was closed. */
  | { kind: 'pull-closed'; pullNumber: number }
  | { kind: 'sweep'; requester: Requester };

/** The person at a terminal: the only one who asks for work in a checkout. */
type Terminal = Extract<Requester, { source: 'terminal' }>;

/** Work in a checkout, asked at a terminal: nothing is asked of GitHub. */
export type LocalCommand =
  /** Plan in the checkout: the spec committed on a new local branch. */
  | { kind: 'plan-here'; requester: Terminal; ticket: LocalTicket; progress: Progress }
  /** Implement the checked-out spec, once the person at the terminal confirms its scope. */
  | {
      kind: 'implement-here';
      requester: Terminal;
      specPath: string;
      confirm: (summary: string) => Promise<boolean>;
      progress: Progress;
    };

/** Every call any door can make, in the product's words. */
export type Command = TicketCommand | LocalCommand;

/** How a local command shows its stages to the person waiting for it. */
export type Progress = (stage: string) => void;

/** A door's input that asks for nothing, with the reason for the log. */
export interface Ignored {
  ignored: string;
}

/** The name a requester is recorded under in a ticket's audit trail. */
export function requesterName(requester: Requester): string {
  switch (requester.source) {
    case 'github':
      return requester.actor.login;
    case 'jira':
      return requester.accountId ? `jira:${requester.accountId}` : 'jira';
    case 'slack':
      return `slack:${requester.userId}`;
    case 'schedule':
      return 'schedule';
    case 'terminal':
      return 'terminal';
  }
}
