import type { SpecAnswer } from '../../src/spec/spec-answer.js';

export function specAnswer(overrides: Partial<SpecAnswer> = {}): SpecAnswer {
  return {
    title: 'Reject empty passwords at login',
    problem: 'The login handler accepts an empty password and crashes with a 500.',
    acceptanceCriteria: ['An empty password returns 400', 'Existing logins keep working'],
    scope: [
      { path: 'src/login.js', change: 'modify', reason: 'validate the password' },
      { path: 'test/login.test.js', change: 'create', reason: 'cover the empty password' },
    ],
    plan: ['Check the password before hashing', 'Return 400 with a message'],
    tests: ['node --test'],
    risks: ['Clients relying on the 500'],
    checklist: ['Empty password returns 400', 'Tests pass'],
    ...overrides,
  };
}
