import { SandboxBreach, type Sandbox } from '../sandbox/sandbox.js';
import { splitCommand } from './command-line.js';
import { gateExcerpt } from './gate-output.js';

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
  /** What a person would look at: the failure lines and the end of the output. */
  outputTail: string;
}

export interface GateOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  tailChars?: number;
  /** Where each command runs. */
  sandbox: Sandbox;
}

/**
 * Runs the repository's QA commands in parallel, as argument arrays, with a
 * clean environment and a timeout each, inside the sandbox. Nothing they do
 * is trusted afterwards: what is committed is built elsewhere. Throws
 * `SandboxBreach` when a process a gate started could not be stopped.
 */
export function runGates(gates: readonly Gate[], options: GateOptions): Promise<GateResult[]> {
  return Promise.all(gates.map((gate) => runGate(gate, options)));
}

async function runGate(gate: Gate, options: GateOptions): Promise<GateResult> {
  const tailChars = options.tailChars ?? 4000;
  let argv: string[];
  try {
    argv = splitCommand(gate.command);
  } catch (error) {
    return failed(gate, error instanceof Error ? error.message : String(error));
  }
  const program = argv[0] ?? '';
  try {
    const result = await options.sandbox.run(argv, {
      cwd: options.cwd,
      env: options.env,
      cacheKey: gate.name,
      timeoutMs: options.timeoutMs,
      // Enough to find a failure printed early, before thousands of passes.
      maxOutput: 1024 * 1024,
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
      outputTail: gateExcerpt(output, tailChars) + note,
    };
  } catch (error) {
    // Something of the gate is still alive: no later step may run beside it.
    if (error instanceof SandboxBreach) throw error;
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
