import { describe, expect, it } from '@jest/globals';
import { ticketId } from '../../src/core/branch.js';
import { PathPolicy } from '../../src/core/paths.js';
import { specPathFor, specPathPattern, ticketOfBranch } from '../../src/core/spec-home.js';
import type { PullRequest } from '../../src/ports.js';
import { ownershipProblem } from '../../src/tickets/ownership.js';

const TEMPLATE = 'specs/{ticket}/spec.md';

describe("each ticket's spec has its own path", () => {
  it('puts the id the branch uses in place of {ticket}', () => {
    expect(specPathFor(TEMPLATE, ticketId({ issue: 12 }))).toBe('specs/issue-12/spec.md');
    expect(specPathFor(TEMPLATE, ticketId({ jiraKey: 'ABC-123' }))).toBe('specs/abc-123/spec.md');
    expect(specPathFor('SPEC.md', 'issue-12')).toBe('SPEC.md');
  });

  it('reads the ticket back from a spec branch, and nothing from another branch', () => {
    expect(ticketOfBranch('specgate/', 'specgate/issue-12')).toBe('issue-12');
    expect(ticketOfBranch('specgate/', 'specgate/')).toBeUndefined();
    expect(ticketOfBranch('specgate/', 'main')).toBeUndefined();
  });

  it("keeps every ticket's spec out of the agent's reach", () => {
    const policy = new PathPolicy([], [specPathPattern(TEMPLATE)]);
    expect(policy.deniedReason('specs/issue-12/spec.md')).toContain("specgate's own file");
    expect(policy.deniedReason('specs/abc-9/spec.md')).toContain("specgate's own file");
    expect(policy.deniedReason('specs/issue-12/notes.md')).toBeUndefined();
    expect(policy.deniedReason('src/spec.md')).toBeUndefined();
  });
});

describe('a spec pull request names the spec its own ticket has', () => {
  const pull: PullRequest = {
    number: 2,
    nodeId: 'PR_2',
    url: 'https://github.example/pull/2',
    title: 'Spec: refuse unknown users',
    body: '',
    draft: true,
    open: true,
    merged: false,
    headRef: 'specgate/issue-1',
    fromFork: false,
    author: { login: 'specgate[bot]', type: 'Bot' },
  };
  const policy = { branchPrefix: 'specgate/', specPathTemplate: TEMPLATE, specAuthors: [] };

  it("accepts the template's path for the branch's ticket", () => {
    const state = { branch: 'specgate/issue-1', specPath: 'specs/issue-1/spec.md' };
    expect(ownershipProblem(pull, state, policy)).toBeUndefined();
  });

  it("refuses a marker that names another ticket's spec, or a path outside the template", () => {
    for (const specPath of ['specs/issue-2/spec.md', 'SPEC.md', 'src/login.js']) {
      expect(ownershipProblem(pull, { branch: pull.headRef, specPath }, policy)).toBe(
        `its state names spec ${specPath}, not specs/issue-1/spec.md`,
      );
    }
  });
});
