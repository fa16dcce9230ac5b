import { describe, expect, it } from '@jest/globals';
import { STATES, type State, type TicketState } from '../../src/core/state.js';
import {
  advance,
  EVENTS,
  next,
  timedOutWaiting,
  type TicketEvent,
} from '../../src/core/ticket-machine.js';

// The whole table, written out again: a change to the machine must change this
// grid too. One row per state, one column per event, `-` for a refusal.
const SHORT: Record<string, State> = {
  PEN: 'PENDING',
  PLN: 'PLANNING',
  ASA: 'AWAITING_SPEC_APPROVAL',
  SAP: 'SPEC_APPROVED',
  EXE: 'EXECUTING',
  QAR: 'QA_RUNNING',
  APR: 'AWAITING_PR_APPROVAL',
  COM: 'COMPLETED',
  REJ: 'SPEC_REJECTED',
  QAF: 'QA_FAILED',
  TMO: 'TIMED_OUT',
  ERR: 'ERROR',
};

const COLUMNS: TicketEvent[] = [
  'plan-requested',
  'revise-requested',
  'spec-drafted',
  'spec-changed-outside',
  'spec-approved',
  'implementation-started',
  'qa-started',
  'agent-resumed',
  'ready-for-review',
  'qa-failed',
  'implementation-failed',
  'spec-rejected',
  'merged',
  'closed-unmerged',
  'timed-out',
];

// prettier-ignore
const GRID: Record<State, string> = {
  //                      plan revi draf chng appr strt qa+  resm redy qaf  fail rej  merg clos tout
  PENDING:                'PLN  -    -    -    -    -    -    -    -    -    -    REJ  COM  PEN  -  ',
  PLANNING:               'PLN  -    ASA  -    -    -    -    -    -    -    -    REJ  COM  PLN  -  ',
  AWAITING_SPEC_APPROVAL: 'PLN  PLN  -    ASA  SAP  -    -    -    -    -    -    REJ  COM  ASA  TMO',
  SPEC_APPROVED:          '-    -    -    -    -    EXE  -    -    -    -    -    REJ  COM  SAP  -  ',
  EXECUTING:              '-    -    -    ASA  SAP  -    QAR  -    APR  -    ERR  REJ  COM  EXE  -  ',
  QA_RUNNING:             '-    -    -    -    -    -    -    EXE  APR  QAF  ERR  REJ  COM  QAR  -  ',
  AWAITING_PR_APPROVAL:   '-    -    -    -    -    -    -    -    -    -    -    REJ  COM  APR  TMO',
  COMPLETED:              '-    -    -    -    -    -    -    -    -    -    -    -    -    -    -  ',
  SPEC_REJECTED:          'PLN  -    -    -    -    -    -    -    -    -    -    -    -    -    -  ',
  QA_FAILED:              '-    -    -    ASA  SAP  -    -    -    -    -    -    REJ  COM  QAF  -  ',
  TIMED_OUT:              'PLN  -    -    ASA  SAP  -    -    -    -    -    -    REJ  COM  TMO  -  ',
  ERROR:                  'PLN  -    -    ASA  SAP  -    -    -    -    -    -    REJ  COM  ERR  -  ',
};

function expected(state: State, event: TicketEvent): State | undefined {
  const cell = GRID[state].trim().split(/\s+/)[COLUMNS.indexOf(event)];
  if (cell === undefined) throw new Error(`the grid has no cell for ${state} × ${event}`);
  return cell === '-' ? undefined : SHORT[cell];
}

const PAIRS = STATES.flatMap((state) => EVENTS.map((event) => [state, event] as const));

describe('ticket machine', () => {
  it('has a grid column for every event, in order', () => {
    expect(COLUMNS).toEqual([...EVENTS]);
    for (const state of STATES) expect(GRID[state].trim().split(/\s+/)).toHaveLength(EVENTS.length);
  });

  it.each(PAIRS)('%s × %s', (state, event) => {
    const want = expected(state, event);
    const move = next(state, event);
    if (want) {
      expect(move).toEqual({ ok: true, to: want });
    } else {
      expect(move.ok).toBe(false);
      if (!move.ok) expect(move.reason).toMatch(/\w/);
    }
  });

  it('reaches every state from PENDING', () => {
    const seen = new Set<State>(['PENDING']);
    const queue: State[] = ['PENDING'];
    for (let state = queue.shift(); state; state = queue.shift()) {
      for (const event of EVENTS) {
        const move = next(state, event);
        if (move.ok && !seen.has(move.to)) {
          seen.add(move.to);
          queue.push(move.to);
        }
      }
    }
    expect([...seen].sort()).toEqual([...STATES].sort());
  });

  it('moves a finished ticket only to re-plan a rejected spec whose PR was reopened', () => {
    const accepted = (state: State) => EVENTS.filter((event) => next(state, event).ok);
    expect(accepted('COMPLETED')).toEqual([]);
    expect(accepted('SPEC_REJECTED')).toEqual(['plan-requested']);
  });

  it('says why /approve is refused in words the user already sees', () => {
    expect(next('AWAITING_PR_APPROVAL', 'spec-approved')).toEqual({
      ok: false,
      reason: '/approve applies to a spec awaiting approval',
    });
  });
});

describe('advance', () => {
  const ticket: TicketState = {
    version: 1,
    state: 'EXECUTING',
    branch: 'specgate/issue-7',
    specPath: 'SPEC.md',
    history: [],
  };
  const at = new Date('2026-01-02T00:00:00Z');

  it('records an accepted move in the history', () => {
    const moved = advance(ticket, 'qa-started', at, { note: 'test' });
    expect(moved.state).toBe('QA_RUNNING');
    expect(moved.history).toEqual([{ state: 'QA_RUNNING', at: at.toISOString(), note: 'test' }]);
  });

  it('refuses a move the table does not allow', () => {
    expect(() => advance(ticket, 'timed-out', at)).toThrow(/timed-out refused in EXECUTING/);
  });
});

describe('timedOutWaiting', () => {
  const at = new Date('2026-11-01T00:00:00.000Z');
  const base: TicketState = {
    version: 1,
    state: 'PLANNING',
    branch: 'specgate/issue-1',
    specPath: 'SPEC.md',
    history: [],
  };
  const through = (...events: TicketEvent[]) =>
    events.reduce((ticket, event) => advance(ticket, event, at), base);

  it('tells a spec that timed out from a change that did', () => {
    expect(timedOutWaiting(through('spec-drafted', 'timed-out'))).toBe('spec');
    const ready = through(
      'spec-drafted',
      'spec-approved',
      'implementation-started',
      'qa-started',
      'ready-for-review',
      'timed-out',
    );
    expect(timedOutWaiting(ready)).toBe('review');
    expect(timedOutWaiting(through('spec-drafted'))).toBeUndefined();
  });
});
