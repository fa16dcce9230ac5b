import { describe, expect, it } from '@jest/globals';
import type { TicketState } from '../../src/core/state.js';
import { formatHours, waitingSince, waitOf } from '../../src/core/timeouts.js';

const NOW = new Date('2026-11-20T12:00:00.000Z');
const LIMITS = { specTimeoutHours: 24, prTimeoutHours: 48 };

function ticket(state: TicketState['state'], history: TicketState['history']): TicketState {
  return { version: 1, state, branch: 'specgate/issue-1', specPath: 'SPEC.md', history };
}

describe('waitingSince', () => {
  it('counts from the last time the ticket entered its current state', () => {
    const t = ticket('AWAITING_SPEC_APPROVAL', [
      { state: 'AWAITING_SPEC_APPROVAL', at: '2026-11-18T00:00:00.000Z' },
      { state: 'PLANNING', at: '2026-11-19T00:00:00.000Z' },
      { state: 'AWAITING_SPEC_APPROVAL', at: '2026-11-19T01:00:00.000Z' },
    ]);
    expect(waitingSince(t)?.toISOString()).toBe('2026-11-19T01:00:00.000Z');
  });

  it('falls back to the latest readable entry, and to nothing without one', () => {
    const trimmed = ticket('AWAITING_PR_APPROVAL', [
      { state: 'QA_RUNNING', at: '2026-11-19T00:00:00.000Z' },
      { state: 'EXECUTING', at: 'not a date' },
    ]);
    expect(waitingSince(trimmed)?.toISOString()).toBe('2026-11-19T00:00:00.000Z');
    expect(waitingSince(ticket('AWAITING_PR_APPROVAL', []))).toBeUndefined();
    expect(waitOf(ticket('AWAITING_PR_APPROVAL', []), NOW, LIMITS)).toEqual({
      overdue: false,
      reason: 'its history has no readable time',
    });
  });
});

describe('waitOf', () => {
  const at = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();

  it('is overdue only past the limit of the state it waits in', () => {
    const spec = (h: number) =>
      ticket('AWAITING_SPEC_APPROVAL', [{ state: 'AWAITING_SPEC_APPROVAL', at: at(h) }]);
    const pr = (h: number) =>
      ticket('AWAITING_PR_APPROVAL', [{ state: 'AWAITING_PR_APPROVAL', at: at(h) }]);
    expect(waitOf(spec(24), NOW, LIMITS).overdue).toBe(false);
    expect(waitOf(spec(24.5), NOW, LIMITS)).toMatchObject({ overdue: true, limitHours: 24 });
    expect(waitOf(pr(30), NOW, LIMITS).overdue).toBe(false);
    expect(waitOf(pr(49), NOW, LIMITS)).toMatchObject({ overdue: true, limitHours: 48 });
  });

  it('never times out a ticket that is not waiting for a person', () => {
    for (const state of ['EXECUTING', 'TIMED_OUT', 'QA_FAILED', 'COMPLETED'] as const)
      expect(waitOf(ticket(state, [{ state, at: at(1000) }]), NOW, LIMITS).overdue).toBe(false);
  });

  it('says hours as a person reads them', () => {
    expect(formatHours(0.5)).toBe('30 min');
    expect(formatHours(30.9)).toBe('30 h');
  });
});
