import { spawn } from 'node:child_process';

export interface NodeRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script with this Node as a separate process, with exactly the environment given. */
export function runNode(
  script: string,
  args: string[],
  options: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    input?: string;
    /** How to start it instead of this Node directly (another user, another machine). */
    launch?: (script: string) => { program: string; args: string[] };
  },
): Promise<NodeRun> {
  const { program, args: before } = options.launch?.(script) ?? {
    program: process.execPath,
    args: [script],
  };
  return new Promise((resolve, reject) => {
    const child = spawn(program, [...before, ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
