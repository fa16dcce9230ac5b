// specgate's speed, as one table: every figure next to its baseline, measured
// side by side (interleaved) in this run, whole processes, medians.
//
//   npm run bench                  1,000 / 10,000 / 100,000 files, 5 runs
//   BENCH_QUICK=1 npm run bench    1,000 / 10,000 files, 3 runs (a couple of minutes)
//   BENCH_BEFORE=<git ref>         also runs that commit's dist/ side by side ("before")
//
// It runs the bundles in dist/ (build first), against repositories it
// generates once and keeps in the temp directory, with a model that answers at once.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = Boolean(process.env.BENCH_QUICK);
const SIZES = QUICK ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const RUNS = Number(process.env.RUNS ?? (QUICK ? 3 : 5));
const START_RUNS = Number(process.env.START_RUNS ?? (QUICK ? 11 : 21));
const CONTEXT_TOKENS = 16_000;
const PEAK = path.join(ROOT, 'bench/peak-memory.mjs');
const BRANCH = 'specgate/login-forgets-the-session-timeout';
const BASE_CONFIG = `context-tokens: ${CONTEXT_TOKENS}\n`;
const tokens = new Tiktoken(o200k);
const count = (text) => tokens.encode(text, [], []).length;

const builds = { now: ROOT };
if (process.env.BENCH_BEFORE) builds.before = extractDist(process.env.BENCH_BEFORE);
for (const dir of Object.values(builds))
  if (!existsSync(path.join(dir, 'dist/cli/index.js'))) throw new Error(`no build in ${dir}/dist`);

const model = await startModel();
const rows = [];
try {
  coldStart();
  for (const size of SIZES) await stages(size);
  await gates();
} finally {
  model.server.close();
}
print();

function coldStart() {
  const dir = mkdtempSync(path.join(tmpdir(), 'specgate-bench-'));
  const event = path.join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main' }));
  const env = {
    PATH: process.env.PATH,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_WORKSPACE: dir,
    'INPUT_GITHUB-TOKEN': 'ghs_bench',
  };
  const cases = { base: [['-e', '']] };
  for (const [name, root] of Object.entries(builds)) {
    cases[`action ${name}`] = [[path.join(root, 'dist/index.js')]];
    cases[`help ${name}`] = [[path.join(root, 'dist/cli/index.js'), '--help']];
  }
  const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < START_RUNS; i++) {
    for (const [name, [args]] of Object.entries(cases)) {
      const started = performance.now();
      const run = spawnSync(process.execPath, args, { env, cwd: dir, encoding: 'utf8' });
      samples[name].push(performance.now() - started);
      if (run.status !== 0) throw new Error(`${name}: ${run.stderr || run.stdout}`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const base = median(samples.base);
  for (const [what, key] of [
    ['cold start: Action on a skipped event', 'action'],
    ['cold start: CLI --help', 'help'],
  ]) {
    rows.push({
      what,
      baseline: `node -e '' ${ms(base)}`,
      ...results((name) => {
        const m = median(samples[`${key} ${name}`]);
        return `${ms(m)} (${(m / base).toFixed(2)}x)`;
      }),
      target: 'at most 2x',
    });
  }
}

async function stages(size) {
  const repo = generateRepo(size);
  const plan = {};
  const implement = {};
  const prompt = {};
  for (let i = 0; i < RUNS; i++) {
    for (const [name, root] of Object.entries(builds)) {
      (plan[name] ??= []).push(await cli(root, repo, ['plan', '--file', '../ticket.md', '--json']));
      prompt[name] = Math.max(prompt[name] ?? 0, model.lastPlanTokens);
      (implement[name] ??= []).push(await cli(root, repo, ['implement', '--yes', '--json']));
      git(repo, 'checkout', '--quiet', '--force', 'main');
      git(repo, 'branch', '--quiet', '-D', BRANCH);
    }
  }
  const n = size.toLocaleString('en-US');
  for (const [stage, samples, target] of [
    ['plan', plan, { 10_000: 'under 1 s', 100_000: 'under 3 s' }[size] ?? ''],
    ['implement', implement, size === 100_000 ? 'under 1.5 s' : ''],
  ]) {
    rows.push({
      what: `${stage}, ${n} files: wall time, peak memory`,
      baseline: '',
      ...results((name) => {
        const s = samples[name];
        return `${(median(s.map((x) => x.ms)) / 1000).toFixed(2)} s, ${Math.max(...s.map((x) => x.mb))} MB`;
      }),
      target: [target, size === 100_000 ? 'memory under 300 MB' : ''].filter(Boolean).join('; '),
    });
  }
  rows.push({
    what: `plan prompt tokens, ${n} files (o200k_base)`,
    baseline: `context-tokens ${CONTEXT_TOKENS}`,
    ...results(
      (name) => `${prompt[name]} (${((prompt[name] / CONTEXT_TOKENS) * 100).toFixed(1)}%)`,
    ),
    target: 'never over',
  });
}

/** Three QA commands in parallel against the slowest of them alone, in one implement run each. */
async function gates() {
  const repo = generateRepo(1_000);
  const sleep = (s) => `node -e "setTimeout(()=>{},${s * 1000})"`;
  const three = `test-command: ${sleep(1)}\nlint-command: ${sleep(0.8)}\nbuild-command: ${sleep(0.6)}\n`;
  const one = `test-command: ${sleep(1)}\n`;
  const samples = { three: [], one: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const [name, config] of Object.entries({ three, one })) {
      await cli(ROOT, repo, ['plan', '--file', '../ticket.md', '--json']);
      writeFileSync(path.join(repo, '.github/specgate.yml'), `${BASE_CONFIG}${config}`);
      git(repo, 'commit', '--quiet', '-am', 'qa');
      const run = await cli(ROOT, repo, ['implement', '--yes', '--json']);
      samples[name].push(run.ms);
      git(repo, 'checkout', '--quiet', '--force', 'main');
      git(repo, 'branch', '--quiet', '-D', BRANCH);
    }
  }
  const slowest = median(samples.one);
  const all = median(samples.three);
  rows.push({
    what: 'QA: 3 commands in parallel (1 s, 0.8 s, 0.6 s), implement, 1,000 files',
    baseline: `slowest alone ${(slowest / 1000).toFixed(2)} s`,
    now: `${(all / 1000).toFixed(2)} s (${all >= slowest ? '+' : ''}${(((all - slowest) / slowest) * 100).toFixed(0)}%)`,
    before: '',
    target: 'within 10%',
  });
}

/** One CLI run: wall time and the peak memory of its Node process. */
function cli(root, repo, args) {
  const rss = path.join(tmpdir(), `specgate-bench-rss-${process.pid}`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', PEAK, path.join(root, 'dist/cli/index.js'), ...args],
      {
        cwd: repo,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          OPENAI_BASE_URL: `${model.url}/v1`,
          OPENAI_API_KEY: 'bench',
          SPECGATE_MODEL: 'gpt-4o',
          BENCH_RSS_FILE: rss,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const elapsed = performance.now() - started;
      if (code !== 0) return reject(new Error(`specgate ${args[0]} failed (${code}): ${out}`));
      const mb = Math.round(Number(readFileSync(rss, 'utf8')) / 1024);
      resolve({ ms: elapsed, mb });
    });
  });
}

/**
 * A repository of `size` tracked files (made once with git fast-import and
 * kept): folders of small modules, a few of which hold the ticket's words.
 */
function generateRepo(size) {
  const dir = path.join(tmpdir(), `specgate-bench-repo-${size}-v1`);
  const work = path.join(dir, 'work');
  if (existsSync(path.join(dir, 'ready'))) {
    git(work, 'checkout', '--quiet', '--force', 'main');
    git(work, 'reset', '--quiet', '--hard', 'main');
    spawnSync('git', ['branch', '-D', BRANCH], { cwd: work });
    return work;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  git(work, 'init', '--quiet', '--initial-branch=main');
  const files = [];
  for (let i = 0; i < size; i++) {
    const area = `area-${i % 97}`;
    const words = i % 500 === 0 ? 'session timeout for login' : 'totals and rounding';
    files.push([
      `src/${area}/module-${i}.js`,
      `// ${words}\nexport function handler${i}(input) {\n  return input * ${i};\n}\n`,
    ]);
  }
  files.push(
    [
      'src/auth/login.js',
      'export function login(user, sessionTimeout) {\n  return { user, expires: Date.now() + sessionTimeout };\n}\n',
    ],
    ['test/login.test.js', "import { login } from '../src/auth/login.js';\n"],
    ['.github/specgate.yml', BASE_CONFIG],
  );
  let stream = '';
  const chunks = [];
  for (const [file, content] of files) {
    stream += `M 100644 inline ${file}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
    if (stream.length > 1 << 20) {
      chunks.push(stream);
      stream = '';
    }
  }
  chunks.push(stream);
  const header = `commit refs/heads/main\ncommitter bench <bench@example.com> 1700000000 +0000\ndata 9\ngenerate\n`;
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: work,
    input: header + chunks.join(''),
    maxBuffer: 1 << 30,
  });
  git(work, 'checkout', '--quiet', '--force', 'main');
  writeFileSync(
    path.join(dir, 'ticket.md'),
    '# Login forgets the session timeout\n\nlogin() ignores sessionTimeout when the user comes back; the session expires at once.\n',
  );
  writeFileSync(path.join(dir, 'ready'), '');
  return work;
}

/** An OpenAI-compatible endpoint that answers at once: a spec to a planner, a short agent run. */
async function startModel() {
  const spec = {
    title: 'Keep the session timeout at login',
    problem: 'login() ignores sessionTimeout.',
    acceptanceCriteria: ['the session lasts sessionTimeout'],
    scope: [
      { path: 'src/auth/login.js', change: 'modify', reason: 'use the timeout' },
      { path: 'test/login.test.js', change: 'modify', reason: 'cover it' },
    ],
    plan: ['Use sessionTimeout'],
    tests: ['npm test'],
    risks: ['none'],
    checklist: ['the session lasts sessionTimeout'],
  };
  const agent = [
    [
      ['list_files', { under: 'src/auth/' }],
      ['search', { query: 'sessionTimeout' }],
      ['read_file', { path: 'src/auth/login.js' }],
    ],
    [
      [
        'write_file',
        {
          path: 'src/auth/login.js',
          content: `export function login(user, sessionTimeout) {\n  return { user, expires: Date.now() + sessionTimeout, at: ${Date.now()} };\n}\n`,
        },
      ],
    ],
    [['finish', { summary: 'done' }]],
  ];
  const state = { lastPlanTokens: 0 };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const request = JSON.parse(body);
      const messages = request.messages ?? [];
      let message;
      if (request.tools) {
        const turn = messages.filter((m) => m.role === 'assistant').length;
        const calls = (agent[turn] ?? agent[2]).map(([name, args], i) => ({
          id: `call_${turn}_${i}`,
          type: 'function',
          function: { name, arguments: JSON.stringify(args) },
        }));
        message = { role: 'assistant', content: null, tool_calls: calls, refusal: null };
      } else {
        const used = messages.reduce((sum, m) => sum + 4 + count(m.content ?? ''), 3);
        state.lastPlanTokens = used;
        message = { role: 'assistant', content: JSON.stringify(spec), refusal: null };
      }
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          id: 'chatcmpl-bench',
          object: 'chat.completion',
          created: 1_700_000_000,
          model: 'gpt-4o',
          choices: [
            {
              index: 0,
              finish_reason: message.tool_calls ? 'tool_calls' : 'stop',
              message,
            },
          ],
          usage: { prompt_tokens: 1000, completion_tokens: 100, total_tokens: 1100 },
        }),
      );
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return Object.assign(state, { server, url: `http://127.0.0.1:${port}` });
}

/** Another commit's bundles, unpacked into a temp directory. */
function extractDist(ref) {
  const dir = mkdtempSync(path.join(tmpdir(), 'specgate-before-'));
  const tar = execFileSync('git', ['archive', ref, 'dist'], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  return dir;
}

function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function results(format) {
  return Object.fromEntries(Object.keys(builds).map((name) => [name, format(name)]));
}

function median(xs) {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

function ms(x) {
  return `${x.toFixed(0)} ms`;
}

function print() {
  const head = [
    'what',
    'baseline (same run)',
    ...(builds.before ? ['before'] : []),
    'now',
    'target',
  ];
  const table = rows.map((r) => [
    r.what,
    r.baseline,
    ...(builds.before ? [r.before ?? ''] : []),
    r.now,
    r.target,
  ]);
  const line = (cells) => `| ${cells.join(' | ')} |`;
  console.log(
    `\nspecgate bench, ${new Date().toISOString().slice(0, 10)}: node ${process.version}, ` +
      `${cpus().length} cores, ${RUNS} runs per stage, ${START_RUNS} per start (medians; memory: the largest peak)\n`,
  );
  console.log(line(head));
  console.log(line(head.map(() => '---')));
  for (const row of table) console.log(line(row));
}
