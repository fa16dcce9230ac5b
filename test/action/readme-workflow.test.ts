import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ALL_KEYS, INPUT_ONLY_KEYS } from '../../src/config/schema.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

interface Step {
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

/** The first workflow in the README: the one users copy as it is. */
const workflow = parse(/```yaml\n(name: specgate[\s\S]*?)```/.exec(readme)![1]!) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const [jobName, job] = Object.entries(workflow.jobs).find(([, j]) =>
  j.steps.some((s) => s.uses?.startsWith('specgate/')),
)!;

describe("the README's example workflow", () => {
  it('asks for no more permissions than the job needs', () => {
    expect(workflow.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      issues: 'write',
    });
  });

  it("serialises one ticket's runs on the job that passed the if:, keyed by the spec branch", () => {
    // A workflow-level group would queue every comment, skipped ones too, and GitHub keeps
    // one pending run per group: a "thanks!" could cancel a queued /revise.
    expect(workflow.concurrency).toBeUndefined();
    expect(job.concurrency?.['cancel-in-progress']).toBe(false);
    const group = job.concurrency!.group;
    // A label on issue N and a command on its PR (branch <prefix>issue-N) share the group.
    expect(group).toContain(
      "format('{0}issue-{1}', vars.SPECGATE_BRANCH_PREFIX || 'specgate/', github.event.issue.number)",
    );
    expect(group).toContain(
      "format('{0}issue-{1}', vars.SPECGATE_BRANCH_PREFIX || 'specgate/', inputs.issue)",
    );
    expect(group).toContain('needs.ticket.outputs.branch');
    expect(group).toContain('github.head_ref');
    // A run the if: skipped (a fork's branch named like a spec branch) never joins a ticket's group.
    expect(group).toContain("needs.ticket.outputs.fork == 'false' && needs.ticket.outputs.branch");
    expect(group).toMatch(/github\.run_id\s*\}\}$/);
    // The comment's branch comes from the API, for the pull request the comment is on.
    const ticket = workflow.jobs[job.needs!]!;
    expect(ticket.steps.map((s) => s.run).join('\n')).toContain('gh pr view "$PR"');
  });

  it('follows the configured label and branch prefix instead of hard-coding them', () => {
    expect(job.if).toContain("github.event.label.name == (vars.SPECGATE_LABEL || 'specgate')");
    expect(job.if).toContain("vars.SPECGATE_BRANCH_PREFIX || 'specgate/'");
    expect(job.if).not.toMatch(/== 'specgate'\s*\)?\s*\|\|/);
    expect(readme).toContain('`SPECGATE_LABEL`');
    expect(readme).toContain('`SPECGATE_BRANCH_PREFIX`');
  });

  it('starts no runner for bots, non-commands or forks', () => {
    const ticket = workflow.jobs[job.needs!]!;
    const filters = `${ticket.if ?? ''} ${job.if ?? ''}`;
    expect(filters).toContain("github.event.comment.user.type != 'Bot'");
    expect(filters).toContain("startsWith(github.event.comment.body, '/')");
    expect(filters).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(filters).toContain("needs.ticket.outputs.fork == 'false'");
    expect(jobName).toBe('specgate');
  });

  it('installs the toolchain only for /approve, the command that runs QA', () => {
    for (const step of job.steps.filter(
      (s) => s.run !== undefined || s.uses?.startsWith('actions/setup-'),
    ))
      expect(step.if).toContain("startsWith(github.event.comment.body, '/approve')");
  });

  it('checks out without persisting credentials', () => {
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['persist-credentials']).toBe(false);
  });

  it('puts no expression into a run: line', () => {
    for (const step of steps) expect(step.run ?? '').not.toContain('${{');
  });

  it('passes only inputs the action declares', () => {
    const specgate = steps.find((s) => s.uses?.startsWith('specgate/'));
    for (const key of Object.keys(specgate?.with ?? {}))
      expect(Object.keys(action.inputs)).toContain(key);
  });
});

describe('action.yml', () => {
  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares every configuration key as an input, without defaults that would hide the repo file', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...ALL_KEYS].sort());
    // Keys the repository file cannot set may have defaults: there is nothing to hide.
    for (const [name, input] of Object.entries(action.inputs))
      if (!INPUT_ONLY_KEYS.includes(name)) expect(input.default).toBeUndefined();
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
  });

  it('documents every input in the README', () => {
    for (const key of ALL_KEYS) expect(readme).toContain(`\`${key}\``);
  });
});

describe("the README's layout", () => {
  it('names every folder of src/', () => {
    const layout = readme.slice(readme.indexOf('Layout, one folder per area'));
    const folders = readdirSync(new URL('../../src/', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.length).toBeGreaterThan(10);
    expect(folders.filter((name) => !layout.includes(`src/${name}\``))).toEqual([]);
  });
});
