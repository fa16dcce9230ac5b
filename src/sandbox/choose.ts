import type { Programs } from '../process/programs.js';
import { sandboxLayout } from './layout.js';
import type { Destination } from '../core/network-allowlist.js';
import { probeSandbox, sandboxFor, type Sandbox } from './sandbox.js';

export type Isolation = 'auto' | 'required' | 'none';

/** What the machine offers the sandbox: programs resolved at start, and its paths. */
export interface Machine {
  programs: Programs;
  /** HOME, TMPDIR, RUNNER_TEMP and the runner's step files, as the run started. */
  env: NodeJS.ProcessEnv;
}

export type SandboxChoice = { ok: true; sandbox: Sandbox } | { ok: false; reason: string };

export interface SandboxWishes {
  /** Folders of specgate's own (the trusted store) that QA must not see. */
  ownDirs?: readonly string[];
  /** More of HOME to give back (`qa-home`), relative to it. */
  homeExtra?: readonly string[];
  /** What QA may connect to besides its own loopback (`qa-network`). */
  network?: readonly Destination[];
  /** A private folder of the run where each gate keeps its cache writes between rounds. */
  cacheRoot?: string;
}

/**
 * The sandbox QA commands run in. `auto` and `required` take the strongest
 * one the machine gives and refuse to run QA where there is none, since QA
 * code could then read this step's secrets; `none` runs QA unsandboxed, as
 * the configuration asked.
 */
export async function chooseSandbox(
  isolation: Isolation,
  machine: Machine,
  workspace: string,
  wishes: SandboxWishes = {},
): Promise<SandboxChoice> {
  const layout = sandboxLayout(
    workspace,
    machine.env,
    [...(wishes.ownDirs ?? []), ...(wishes.cacheRoot ? [wishes.cacheRoot] : [])],
    wishes.homeExtra,
  );
  if (isolation === 'none')
    return { ok: true, sandbox: sandboxFor('none', machine.programs, layout) };
  const probe = await probeSandbox(machine.programs, layout);
  if (probe.mode !== 'none')
    return {
      ok: true,
      sandbox: sandboxFor(probe.mode, machine.programs, layout, wishes.network, wishes.cacheRoot),
    };
  return {
    ok: false,
    reason:
      `QA commands were not run: this machine offers no sandbox for them (${probe.tried.join('; ') || 'nothing to try'}), ` +
      'and without one the code they run could read the secrets of this step. ' +
      'Give the runner user passwordless sudo (GitHub-hosted runners have it), or allow unprivileged user namespaces ' +
      '(on Ubuntu 24.04: sysctl kernel.apparmor_restrict_unprivileged_userns=0), ' +
      'or set qa-isolation: none to run QA unsandboxed in a repository whose code and contributors you trust',
  };
}
