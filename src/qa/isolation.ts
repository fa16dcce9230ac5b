import { runProcess } from '../process/run.js';

const UNSHARE = [
  'unshare',
  '--user',
  '--map-current-user',
  '--pid',
  '--fork',
  '--mount-proc',
  '--',
];

let probed: Promise<string[]> | undefined;

/**
 * The command prefix that runs QA commands in their own PID namespace with
 * their own /proc, where specgate's process (whose initial environment holds
 * the step's inputs) cannot be seen. Empty where the system does not allow it
 * (not Linux, no util-linux, user namespaces restricted): the commands then
 * run as before, with a clean environment only.
 */
export function isolationPrefix(): Promise<string[]> {
  probed ??= probe();
  return probed;
}

async function probe(): Promise<string[]> {
  if (process.platform !== 'linux') return [];
  try {
    const [program, ...args] = UNSHARE as [string, ...string[]];
    const result = await runProcess(program, [...args, 'true'], {
      cwd: '/',
      env: { PATH: process.env.PATH },
      timeoutMs: 5000,
    });
    return result.code === 0 ? UNSHARE : [];
  } catch {
    return [];
  }
}
