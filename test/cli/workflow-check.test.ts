import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../src/config/load.js';
import { compareWorkflows } from '../../src/cli/workflow-check.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const readmeWorkflow = {
  file: '.github/workflows/specgate.yml',
  text: /```yaml\n(name: specgate[\s\S]*?)```/.exec(readme)![1]!,
};
const hardCoded = {
  file: '.github/workflows/old.yml',
  text: `on: issues
jobs:
  plan:
    if: github.event.label.name == 'specgate' || startsWith(github.head_ref, 'specgate/')
    runs-on: ubuntu-latest
    steps:
      - uses: specgate/specgate@0123456789abcdef0123456789abcdef01234567
`,
};

describe('compareWorkflows', () => {
  it("accepts the README's workflow with the default label and prefix", () => {
    expect(compareWorkflows([readmeWorkflow], loadConfig({}))).toEqual([
      { level: 'ok', detail: 'the workflow matches trigger-label and branch-prefix' },
    ]);
  });

  it('asks for the repository variable when the configured label differs from its fallback', () => {
    const findings = compareWorkflows(
      [readmeWorkflow],
      loadConfig({}, 'trigger-label: ai-ready\nbranch-prefix: ai/\n'),
    );
    expect(findings.map((f) => f.level)).toEqual(['warning', 'warning']);
    expect(findings[0]!.detail).toContain('set SPECGATE_LABEL to "ai-ready"');
    expect(findings[1]!.detail).toContain('set SPECGATE_BRANCH_PREFIX to "ai/"');
  });

  it('fails a hard-coded label or prefix the configuration does not use', () => {
    const findings = compareWorkflows(
      [hardCoded],
      loadConfig({}, 'trigger-label: ai-ready\nbranch-prefix: ai/\n'),
    );
    expect(findings.map((f) => f.level)).toEqual(['error', 'error']);
    expect(findings[0]!.detail).toBe(
      '.github/workflows/old.yml (job plan) runs only for the label "specgate", but trigger-label is "ai-ready": every run is skipped. Change the workflow\'s if: (or use vars.SPECGATE_LABEL as the README\'s workflow does)',
    );
  });

  it('says when no workflow uses specgate', () => {
    expect(compareWorkflows([{ file: 'x.yml', text: 'jobs: {}' }], loadConfig({}))).toEqual([
      expect.objectContaining({ level: 'warning' }),
    ]);
  });
});
