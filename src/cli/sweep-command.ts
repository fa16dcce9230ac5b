import { runCommand } from '../intake/run-command.js';
import type { SweepOutcome } from '../usecases/sweep-timeouts.js';
import type { Outcome } from '../usecases/deps.js';
import { CliError, EXIT } from './cli-error.js';
import type { LocalContext } from './local-run.js';

export type SweepResult = Pick<SweepOutcome, 'message' | 'swept' | 'failures' | 'warnings'> & {
  ok: boolean;
};

/** `specgate sweep`: the scheduled run's timeout sweep, for the checkout's GitHub repository. */
export async function sweepCommand(ctx: LocalContext): Promise<SweepResult> {
  if (!ctx.config['github-token'])
    throw new CliError(EXIT.config, 'specgate sweep needs GITHUB_TOKEN.');
  if (!ctx.github)
    throw new CliError(
      EXIT.precondition,
      'specgate sweep needs a checkout whose origin is a GitHub repository.',
    );
  ctx.io.stderr.write(`▸ Sweeping ${ctx.github.owner}/${ctx.github.repo}\n`);
  const outcome: Partial<SweepOutcome> & Outcome = await runCommand(
    { kind: 'sweep', requester: { source: 'terminal' } },
    ctx.deps,
  );
  return {
    ok: !outcome.failed,
    message: outcome.message,
    swept: outcome.swept ?? [],
    failures: outcome.failures ?? [],
    warnings: outcome.warnings,
  };
}

/** The sweep as a person reads it. */
export function describeSweep(result: SweepResult): string[] {
  const lines = [result.message];
  for (const t of result.swept)
    lines.push(`  #${t.pullNumber} ${t.url}: TIMED_OUT${t.closed ? ', closed' : ''}`);
  for (const warning of result.warnings) lines.push(`  warning: ${warning}`);
  return lines;
}
