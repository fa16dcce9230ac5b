import { describe, expect, it } from '@jest/globals';
import { ACTED_ON_EVENTS } from '../../src/intake/acted-on.js';
import { commandFromGitHub } from '../../src/intake/github-event.js';

const options = { triggerLabel: 'specgate' };
const NOT_ACTED_ON = /does not act on/;

describe('ACTED_ON_EVENTS', () => {
  it('names exactly the events the intake reads (the Action skips the others before loading it)', () => {
    for (const name of ACTED_ON_EVENTS) {
      let outcome: unknown;
      try {
        outcome = commandFromGitHub(name, {}, options);
      } catch {
        outcome = 'read, and found malformed';
      }
      expect(JSON.stringify(outcome)).not.toMatch(NOT_ACTED_ON);
    }
    for (const name of ['push', 'release', 'pull_request_review', 'issues_comment', 'fork']) {
      expect(ACTED_ON_EVENTS.has(name)).toBe(false);
      expect(commandFromGitHub(name, {}, options)).toEqual({
        ignored: expect.stringMatching(NOT_ACTED_ON),
      });
    }
  });
});
