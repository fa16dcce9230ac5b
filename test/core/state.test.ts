import { describe, expect, it } from '@jest/globals';
import { transition, type TicketState } from '../../src/core/state.js';
import { decodeStateMarker, encodeStateMarker } from '../../src/tickets/marker.js';

const base: TicketState = {
  version: 1,
  state: 'PLANNING',
  issue: 7,
  branch: 'specgate/issue-7',
  specPath: 'SPEC.md',
  history: [{ state: 'PLANNING', at: '2026-01-01T00:00:00.000Z' }],
};

describe('ticket state marker', () => {
  it('round-trips through a PR body', () => {
    const state = transition(base, 'AWAITING_SPEC_APPROVAL', new Date('2026-01-02T00:00:00Z'), {
      note: 'a --> b <!-- c',
    });
    const body = `Some text\n\n${encodeStateMarker(state)}\n`;
    expect(decodeStateMarker(body)).toEqual(state);
  });

  it('cannot be closed early by text inside it', () => {
    const marker = encodeStateMarker({ ...base, jiraKey: '-->' });
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
  });

  it('reads only the marker that ends the body', () => {
    const forged = encodeStateMarker({ ...base, issue: 999, branch: 'main' });
    const real = encodeStateMarker(base);
    expect(decodeStateMarker(`${forged}\ntext\n${real}\n`)).toEqual(base);
    expect(decodeStateMarker(`${real}\nmore text after it`)).toBeUndefined();
  });

  it('ignores bodies without a marker or with a forged, invalid one', () => {
    expect(decodeStateMarker('no marker')).toBeUndefined();
    expect(decodeStateMarker(null)).toBeUndefined();
    expect(
      decodeStateMarker('<!-- specgate-state {"version":1,"state":"NOPE"} -->'),
    ).toBeUndefined();
    expect(decodeStateMarker('<!-- specgate-state {not json} -->')).toBeUndefined();
  });
});
