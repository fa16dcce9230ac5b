import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runProcess } from '../process/run.js';
import { splitCommand } from './command-line.js';

export interface Gate {
  name: string;
  command: string;
}

export interface GateResult {
  name: string;
  command: string;
  passed: boolean;
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  /** The end of stdout and stderr, where failures are reported. */
  outputTail: string;
}

export interface GateOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  tailChars?: number;
  /** Program and arguments put before each command (process isolation), if any. */
  prefix?: readonly string[];
}

/**
 * Runs the repository's QA commands in parallel, as argument arrays, with a
 * clean environment and a timeout each. The checkout's git config is put back
 * afterwards, so a command cannot leave settings (proxies, filters, aliases)
 * that later git commands would obey.
 */
export async function runGates(
  gates: readonly Gate[],
  options: GateOptions,
): Promise<GateResult[]> {
  const configPath = path.join(options.cwd, '.git', 'config');
  const savedConfig = await readFile(configPath).catch(() => undefined);
  try {
    return await Promise.all(gates.map((gate) => runGate(gate, options)));
  } finally {
    if (savedConfig !== undefined) await writeFile(configPath, savedConfig);
  }
}

async function runGate(gate: Gate, options: GateOptions): Promise<GateResult> {
  const tailChars = options.tailChars ?? 4000;
  let argv: string[];
  try {
    argv = splitCommand(gate.command);
  } catch (error) {
    return failed(gate, error instanceof Error ? error.message : String(error));
  }
  const [program, ...args] = [...(options.prefix ?? []), ...argv] as [string, ...string[]];
  try {
    const result = await runProcess(program, args, {
      cwd: options.cwd,
      env: options.env,
      timeoutMs: options.timeoutMs,
      maxOutput: tailChars * 4,
    });
    const output = `${result.stdout}${result.stderr ? `\n${result.stderr}` : ''}`.trim();
    const note = result.timedOut
      ? `\n[timed out after ${Math.round(options.timeoutMs / 1000)}s]`
      : '';
    return {
      name: gate.name,
      command: gate.command,
      passed: result.code === 0 && !result.timedOut,
      exitCode: result.code,
      timedOut: result.timedOut,
      durationMs: result.durationMs,
      outputTail: output.slice(-tailChars) + note,
    };
  } catch (error) {
    return failed(
      gate,
      `could not start ${program}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function failed(gate: Gate, reason: string): GateResult {
  return {
    name: gate.name,
    command: gate.command,
    passed: false,
    exitCode: null,
    timedOut: false,
    durationMs: 0,
    outputTail: reason,
  };
}
