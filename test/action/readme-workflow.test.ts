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
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { steps: Step[] }>;
}

/** The first workflow in the README: the one users copy as it is. */
const workflow = parse(/```yaml\n(name: specgate[\s\S]*?)```/.exec(readme)![1]!) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe("the README's example workflow", () => {
  it('asks for no more permissions than the job needs', () => {
    expect(workflow.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      issues: 'write',
    });
  });

  it('never runs two jobs on one ticket at once', () => {
    expect(workflow.concurrency.group).toContain('github.event.issue.number');
    expect(workflow.concurrency['cancel-in-progress']).toBe(false);
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
