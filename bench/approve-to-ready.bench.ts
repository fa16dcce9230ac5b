/**
 * Wall time of `/approve` → ready PR through the bundled Action, with a model
 * that answers instantly, split into the repository's QA commands and
 * specgate's own overhead. Runs are side by side in one process; medians.
 */
import { expect, it } from '@jest/globals';
import { commentOnPull, startWithSpecPull } from '../test/support/action-runs.js';
import { FIX_LOGIN } from '../test/support/sample-repo.js';

const RUNS = Number(process.env.RUNS ?? 5);
const WRITE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

interface Sample {
  total: number;
  qa: number;
  pacing: number;
}

async function once(): Promise<Sample> {
  const w = await startWithSpecPull([FIX_LOGIN.read, FIX_LOGIN.edit, FIX_LOGIN.finish]);
  try {
    const writes: number[] = [];
    const requests = w.github.requests;
    const push = requests.push.bind(requests);
    requests.push = (...items) => {
      for (const item of items) if (WRITE.has(item.method)) writes.push(performance.now());
      return push(...items);
    };
    const started = performance.now();
    const run = await commentOnPull(w, '/approve');
    const total = performance.now() - started;
    expect(run.outputs.state).toBe('AWAITING_PR_APPROVAL');
    const body = w.github.pullsList()[0]!.body ?? '';
    const qa = [...body.matchAll(/\| test \| `[^`]+` \| passed \| ([\d.]+) s \|/g)].reduce(
      (sum, m) => sum + Number(m[1]) * 1000,
      0,
    );
    // GitHub asks clients to space mutating requests by a second; the client does.
    const pacing = writes.slice(1).reduce((sum, t, i) => sum + Math.max(0, t - writes[i]! - 50), 0);
    return { total, qa, pacing };
  } finally {
    await w.stop();
  }
}

it('approve → ready PR', async () => {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await once());
  const median = (pick: (s: Sample) => number) =>
    samples.map(pick).sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
  const total = median((s) => s.total);
  const qa = median((s) => s.qa);
  const pacing = median((s) => s.pacing);
  const overhead = median((s) => s.total - s.qa);
  const own = median((s) => s.total - s.qa - s.pacing);
  const lines = [
    `approve → ready PR, ${RUNS} runs, medians (model answers instantly; QA = node --test on the sample repo)`,
    `  total wall time            ${(total / 1000).toFixed(2)} s`,
    `  repo QA commands           ${(qa / 1000).toFixed(2)} s  (${((qa / total) * 100).toFixed(0)}%)`,
    `  specgate overhead          ${(overhead / 1000).toFixed(2)} s  (${((overhead / total) * 100).toFixed(0)}%)`,
    `    of which GitHub write pacing ${(pacing / 1000).toFixed(2)} s`,
    `    of which everything else     ${(own / 1000).toFixed(2)} s (process start, git, API calls, agent tools)`,
  ];
  process.stdout.write(`\n${lines.join('\n')}\n`);
});
