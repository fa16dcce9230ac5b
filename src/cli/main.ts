import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkMark, type Check, type CheckOptions } from './check-marks.js';
import { CliError, EXIT } from './cli-error.js';
import type { ImplementHereResult } from '../usecases/implement-here.js';
import { COMMAND_HELP } from './help.js';
import { guardPipe, stage, type CliIo } from './io.js';
import type { loadLocalConfig } from './local-config.js';
import type { HereRefusal, PlanHereResult } from '../usecases/plan-here.js';
import { VERSION } from './version.js';

export const USAGE = `specgate: from a ticket to a reviewed change, through a spec a human approved.

Usage:
  specgate plan (--jira KEY | --issue NUMBER | --file PATH | --file -)   write the spec on a new branch
  specgate implement [--yes]                   implement the approved spec of the current branch
  specgate run (ticket options) [--yes]        plan, ask for approval, implement
  specgate check-config                        validate .github/specgate.yml and the environment
  specgate sweep                               time out specs and pull requests left waiting
  specgate demo                                the whole loop offline, with recorded model answers
  specgate <command> --help                    what one command does, its options and exit codes

Options:
  --repo DIR   the checkout to work in (default: the current directory)
  --yes        approve without asking (for scripts)
  --dry-run    plan, implement and check as usual, but create no branch and move none:
               print what would have been written (plan, implement and run)
  --json       print the result as JSON on stdout (progress stays on stderr)
  --offline    check-config: do not send the model endpoint a request
  --help       this text (with a command: that command's help)
  --version    print specgate's version

Environment: OPENAI_API_KEY, OPENAI_BASE_URL, SPECGATE_MODEL, GITHUB_TOKEN (for --issue, sweep),
JIRA_BASE_URL, JIRA_EMAIL, JIRA_API_TOKEN. Policy comes from .github/specgate.yml.

Exit codes: 0 done, 1 the work failed (spec, model, QA, budget), 2 wrong command line
(also a --file that does not exist), 3 configuration missing or invalid, 4 precondition
(not a git repository, dirty tree, no GitHub origin, spec not approved, no spec).
`;

/** The CLI, as a function of its arguments and its I/O: returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let json = false;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        jira: { type: 'string' },
        issue: { type: 'string' },
        file: { type: 'string' },
        repo: { type: 'string' },
        yes: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
        version: { type: 'boolean', default: false },
        offline: { type: 'boolean', default: false },
      },
    });
    json = values.json;
    const [command, ...extra] = positionals;
    guardPipe(io.stdout);
    if (values.version) {
      io.stdout.write(`specgate ${VERSION}\n`);
      return EXIT.ok;
    }
    if (values.help || command === undefined || command === 'help') {
      const topic = command === 'help' ? extra[0] : command;
      io.stdout.write((topic && COMMAND_HELP[topic]) || USAGE);
      return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
    }
    if (extra.length) throw new CliError(EXIT.usage, `Unexpected argument: ${extra[0]}`);
    // Commands load on use: --help and a configuration error never load the HTTP clients.
    if (command === 'demo') return await (await import('../demo/run-demo.js')).runDemo(io);

    const repoRoot = path.resolve(io.cwd, values.repo ?? '.');
    const { loadLocalConfig, requireModel } = await import('./local-config.js');
    const config = await loadLocalConfig(repoRoot, io.env, (w) => io.stderr.write(`  ! ${w}\n`));
    const { isGitRepository, readTicketFile } = await import('./preconditions.js');
    if (command === 'check-config')
      return report(
        io,
        json,
        await checkConfigResult(config, io.env, {
          repoRoot,
          isRepository: await isGitRepository(repoRoot, io.env),
          offline: values.offline,
        }),
      );
    if (!['plan', 'implement', 'run', 'sweep'].includes(command))
      throw new CliError(EXIT.usage, `Unknown command: ${command}. Run specgate --help.`);
    if (command !== 'sweep') requireModel(io.env);
    const { branchSpecPath, localContext, readTicketInput, requireCleanTree } =
      await import('./local-run.js');
    const wet = await localContext(io, repoRoot, config);
    const { dryRun } = await import('../dry-run/dry-run.js');
    const dry = values['dry-run'] || config['dry-run'] ? dryRun(wet.deps) : undefined;
    const ctx = dry ? { ...wet, deps: dry.deps, git: dry.deps.git } : wet;
    const writes = () => (dry ? { dryRun: [...dry.recorder.writes] } : {});
    if (command === 'sweep') {
      const { describeSweep, sweepCommand } = await import('./sweep-command.js');
      const swept = await sweepCommand(ctx);
      return report(io, json, { ...swept, ...writes() }, describeSweep(swept));
    }
    const approve = approver(io, values.yes);
    const readText = (file: string) =>
      file === '-' ? readStdin(io) : readTicketFile(io.cwd, file);
    const results: { plan?: PlanHereResult; implement?: ImplementHereResult } = {};
    const { runCommand } = await import('../intake/run-command.js');
    const progress = (name: string) => stage(io, name);
    if (command !== 'implement') {
      const ticket = await readTicketInput(ctx, values, readText);
      await requireCleanTree(ctx.git);
      results.plan = unlessRefused(
        await runCommand({ kind: 'plan-here', requester: TERMINAL, ticket, progress }, ctx.deps),
      );
      if (command === 'plan')
        return report(io, json, {
          ok: true,
          ...results.plan,
          ...writes(),
          next: dry
            ? `see the spec with git show ${results.plan.commit}:${results.plan.specPath}, and run without --dry-run to create the branch`
            : `review ${results.plan.specPath}, then run specgate implement`,
        });
      // The agent works on the spec branch, which a dry run did not create.
      if (dry)
        return report(io, json, {
          ...results,
          ok: true,
          ...writes(),
          next: 'a dry run stops after planning: run without --dry-run to create the branch and implement',
        });
    }
    await requireCleanTree(ctx.git);
    const specPath = await branchSpecPath(ctx);
    results.implement = unlessRefused(
      await runCommand(
        { kind: 'implement-here', requester: TERMINAL, specPath, confirm: approve, progress },
        ctx.deps,
      ),
    );
    return report(io, json, {
      ...results,
      ok: results.implement.ok,
      ...writes(),
      ...(dry ? { next: 'nothing was committed; the work tree holds what the agent did' } : {}),
    });
  } catch (error) {
    const exitCode =
      error instanceof CliError ? error.exitCode : isUsageError(error) ? EXIT.usage : EXIT.failed;
    const message = error instanceof Error ? error.message : String(error);
    if (json) io.stdout.write(`${JSON.stringify({ ok: false, exitCode, error: message })}\n`);
    io.stderr.write(`specgate: ${message}\n`);
    return exitCode;
  }
}

async function checkConfigResult(
  config: Awaited<ReturnType<typeof loadLocalConfig>>,
  env: NodeJS.ProcessEnv,
  options: CheckOptions,
) {
  const { checkConfig } = await import('./check-config-command.js');
  const checks = await checkConfig(config, env, options);
  return {
    ok: checks.every((c) => c.ok),
    checks,
    exitCode: checks.every((c) => c.ok) ? EXIT.ok : EXIT.config,
  };
}

function report(
  io: CliIo,
  json: boolean,
  result: Record<string, unknown> & { ok: boolean; exitCode?: number },
  /** Lines the command describes itself with (sweep). */
  own: string[] = [],
): number {
  const code = result.exitCode ?? (result.ok ? EXIT.ok : EXIT.failed);
  io.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${describe(result, own)}\n`);
  return code;
}

function describe(result: Record<string, unknown>, own: string[]): string {
  const lines: string[] = [];
  const writes = result.dryRun as string[] | undefined;
  if (writes) lines.push('Dry run: nothing was written.');
  const checks = result.checks as Check[] | undefined;
  for (const check of checks ?? [])
    lines.push(`${checkMark(check)} ${check.what}: ${check.detail}`);
  const plan = (result.plan ?? (result.branch ? result : undefined)) as PlanHereResult | undefined;
  if (plan) {
    lines.push(`Spec: ${plan.specPath} on branch ${plan.branch}: ${plan.title}`);
    for (const entry of plan.scope) lines.push(`  ${entry.change.padEnd(6)} ${entry.path}`);
  }
  const work = result.implement as ImplementHereResult | undefined;
  if (work) {
    lines.push(work.message);
    for (const gate of work.gates) {
      lines.push(
        `  QA ${gate.name}: ${gate.passed ? 'passed' : 'FAILED'} (${(gate.durationMs / 1000).toFixed(1)} s)`,
      );
      if (gate.output) lines.push(`    ${gate.command}:`, indent(gate.output, '    | '));
    }
    if (work.files.length) lines.push(`  files: ${work.files.join(', ')}`);
    for (const refusal of work.refusals) lines.push(`  refused: ${refusal}`);
    lines.push(`  ${work.turns} turns, ${work.tokens} tokens, $${work.costUsd.toFixed(4)}`);
    for (const warning of work.warnings) lines.push(`  warning: ${warning}`);
  }
  if (writes) {
    lines.push('Not written (dry run):');
    for (const write of writes) lines.push(`  ${write}`);
    if (!writes.length) lines.push('  nothing');
  }
  lines.push(...own);
  if (typeof result.next === 'string') lines.push(`Next: ${result.next}`);
  return lines.join('\n');
}

function approver(io: CliIo, yes: boolean): (summary: string) => Promise<boolean> {
  return async (summary) => {
    if (yes) return true;
    if (!io.ask) return false;
    io.stderr.write(`\n${summary}\n`);
    return /^y(es)?$/i.test(
      (await io.ask('Approve this spec and let the agent implement it? [y/N] ')).trim(),
    );
  };
}

async function readStdin(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

function isUsageError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    String(error.code).startsWith('ERR_PARSE_ARGS')
  );
}

function indent(text: string, prefix: string): string {
  return text.trimEnd().replace(/^/gm, prefix);
}

/** The person at the terminal asks: their checkout, their token. */
const TERMINAL = { source: 'terminal' } as const;

/** The local result, or the refusal as the CLI's error with its exit code. */
function unlessRefused<T extends object>(result: T | HereRefusal): T {
  if ('refused' in result)
    throw new CliError(
      result.refused === 'precondition' ? EXIT.precondition : EXIT.failed,
      result.message,
    );
  return result;
}
