// Cold start of the bundled Action against an empty Node process, measured
// side by side (interleaved) so machine noise hits both alike.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const runs = Number(process.env.RUNS ?? 21);
const dir = mkdtempSync(path.join(tmpdir(), 'specgate-bench-'));
const eventPath = path.join(dir, 'event.json');
writeFileSync(eventPath, JSON.stringify({ ref: 'refs/heads/main' }));
const env = {
  PATH: process.env.PATH,
  GITHUB_EVENT_NAME: 'push',
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_WORKSPACE: dir,
  'INPUT_GITHUB-TOKEN': 'ghs_bench',
};

const cases = {
  "node -e ''": [process.execPath, ['-e', '']],
  'dist/index.js (load, validate config, parse event, exit)': [process.execPath, ['dist/index.js']],
};

const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (let i = 0; i < runs; i++) {
  for (const [name, [command, args]] of Object.entries(cases)) {
    const started = process.hrtime.bigint();
    const result = spawnSync(command, args, { env, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`${name} failed: ${result.stderr || result.stdout}`);
    samples[name].push(ms);
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(samples["node -e ''"]);
console.log(`node ${process.version}, ${runs} interleaved runs each`);
for (const [name, xs] of Object.entries(samples)) {
  const m = median(xs);
  console.log(`${name.padEnd(60)} median ${m.toFixed(1)} ms  (${(m / base).toFixed(2)}x)`);
}
