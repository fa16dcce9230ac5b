import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/action/main.js';
import type { Runner } from '../../src/action/runner.js';
import { runNode } from './run-node.js';
import { giveToRunner, type SimulatedRunner } from './simulated-runner.js';

export const DIST = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../dist/index.js',
);

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** GITHUB_ENV, GITHUB_PATH and GITHUB_STATE as the runner would apply them to later steps. */
  stepFiles: Record<string, string>;
}

export interface ActionRunOptions {
  eventName: string;
  payload: unknown;
  repository: string;
  workspace: string;
  apiUrl: string;
  inputs: Record<string, string>;
  env?: Record<string, string>;
  /** Runs the Action on a simulated runner, as its unprivileged user (always the bundle). */
  runner?: SimulatedRunner;
  /**
   * Runs the bundle `dist/index.js` in its own process, as a runner does. Off:
   * the same Action runs in this process, with GitHub's request pacing off.
   */
  bundle?: boolean;
}

/**
 * Runs the Action the way a runner does: event file, INPUT_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the step's file commands. In
 * this process by default; the bundle in a process of its own when asked.
 */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'specgate-runner-'));
  const eventPath = path.join(dir, 'event.json');
  // Where the runner keeps a step's file commands.
  const commands = path.join(dir, '_runner_file_commands');
  mkdirSync(commands);
  const outputPath = path.join(commands, 'set_output');
  const summaryPath = path.join(commands, 'step_summary');
  const stepFiles = {
    GITHUB_ENV: path.join(commands, 'set_env'),
    GITHUB_PATH: path.join(commands, 'add_path'),
    GITHUB_STATE: path.join(commands, 'save_state'),
  };
  writeFileSync(eventPath, JSON.stringify(options.payload));
  for (const file of [outputPath, summaryPath, ...Object.values(stepFiles)])
    writeFileSync(file, '');
  if (options.runner) giveToRunner(dir);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    ...stepFiles,
    RUNNER_TEMP: dir,
    ...Object.fromEntries(
      Object.entries(options.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
    ),
    ...options.env,
  };
  try {
    const { code, stdout, stderr } =
      options.bundle || options.runner
        ? await runNode(DIST, [], {
            cwd: options.workspace,
            env,
            ...(options.runner ? { launch: options.runner.command } : {}),
          })
        : await runInProcess(env, outputPath, summaryPath);
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
      summary: readFileSync(summaryPath, 'utf8'),
      stepFiles: Object.fromEntries(
        Object.entries(stepFiles).map(([name, file]) => [name, readFileSync(file, 'utf8')]),
      ),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}

/**
 * The Action's entry on an in-memory runner that writes what a real runner
 * would: workflow commands in the log, outputs and the summary in their files.
 */
async function runInProcess(
  env: NodeJS.ProcessEnv,
  outputPath: string,
  summaryPath: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const lines: string[] = [];
  let code = 0;
  const runner: Runner = {
    env: { ...env },
    input: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    secret: (value) => lines.push(`::add-mask::${value}`),
    output: (name, value) =>
      appendFileSync(outputPath, `${name}<<EOF_${name}\n${value}\nEOF_${name}\n`),
    summary: (text) => Promise.resolve(appendFileSync(summaryPath, text)),
    failed: (message) => {
      code = 1;
      lines.push(`::error::${message}`);
    },
    log: {
      debug: (m) => lines.push(`::debug::${m}`),
      info: (m) => lines.push(m),
      warn: (m) => lines.push(`::warning::${m}`),
      error: (m) => lines.push(`::error::${m}`),
    },
  };
  await run(runner, { githubPacing: false });
  return { code, stdout: lines.map((l) => `${l}\n`).join(''), stderr: '' };
}
