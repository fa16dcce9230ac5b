import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Budget, priceOf } from '../agent/budget.js';
import {
  buildAgentPrompt,
  buildRepairMessage,
  buildReviewFindingsMessage,
} from '../agent/agent-prompt.js';
import { runAgent } from '../agent/run-agent.js';
import { AgentTools } from '../agent/tools.js';
import { Workspace } from '../agent/workspace.js';
import type { AgentMessage } from '../ports.js';
import type { TrustedStore } from '../git/trusted-store.js';
import { runGates, type GateResult } from '../qa/gates.js';
import { chooseSandbox } from '../sandbox/choose.js';
import type { Sandbox } from '../sandbox/sandbox.js';
import { guardStepFiles } from '../sandbox/step-files.js';
import { checkedChange, type CheckedChange } from './checked-change.js';
import type { ApprovedSpec } from './approved-spec.js';
import type { Deps } from './deps.js';
import type { ImplementationReport } from '../ports.js';
import { reviewChange } from './review-change.js';
import { changedFiles, restoreFiles, snapshotScope, type ScopeSnapshot } from './scope-snapshot.js';
import type { SideEffects } from './side-effects.js';

export type Ending =
  { kind: 'passed' } | { kind: 'qa-failed'; reason: string } | { kind: 'stopped'; reason: string };

/** A move of the ticket during the run, recorded when the run is published. */
export interface RunMove {
  event: 'qa-started' | 'agent-resumed';
  at: Date;
  note: string;
}

export interface ImplementationRun {
  ending: Ending;
  /** QA_RUNNING entered and left, in order: the PR body is written only at the end. */
  moves: RunMove[];
  report: ImplementationReport;
  /** The change built in the trusted store, when the run got that far. */
  change?: CheckedChange;
}

/** What a run reports as it goes: stages, files, gates, tokens. */
export type Progress = (event: string) => void;

/**
 * The approved spec, implemented in the checkout: the agent edits within the
 * scope, the QA gates judge it inside a sandbox, failures go back for repair
 * rounds, and an optional reviewer checks the diff. The change is then built
 * from the scope files in the trusted store (made before anything ran); nothing
 * is committed here.
 */
export async function runImplementation(
  work: { spec: ApprovedSpec; base: string },
  deps: Pick<Deps, 'git' | 'model' | 'log' | 'policy' | 'workspace' | 'machine' | 'clock'>,
  effects: SideEffects,
  store: TrustedStore,
): Promise<ImplementationRun> {
  const { policy, log, model } = deps;
  const workspace = await Workspace.open(deps.workspace, work.spec.scope);
  const price = priceOf(model.name, policy.prices);
  if (!price)
    effects.warnings.push(
      `No price is known for model "${model.name}": the cost budget is not enforced (add it to model-prices).`,
    );
  const budget = new Budget(policy.limits, price);
  let gates: GateResult[] = [];
  let sandbox: Sandbox | undefined;
  let isolation = 'no QA commands are configured';
  let refusal: string | undefined;
  let cacheRoot: string | undefined;
  const stored = policy.gates.length ? await deps.git.storedCredentials() : [];
  if (stored.length) {
    refusal =
      `QA commands were not run: the checkout's git configuration holds a credential (${stored.join('; ')}), ` +
      'which the code they run could read. actions/checkout leaves its token there (in .git/config or a file ' +
      'it includes) unless the checkout step sets persist-credentials: false; remove any credential helper ' +
      'or URL with a password from the repository config (git config --unset <name>)';
    isolation = 'QA was not run';
  } else if (policy.gates.length) {
    // Each gate's cache writes, kept for its next round of this run, then dropped.
    cacheRoot = await mkdtemp(path.join(tmpdir(), 'specgate-qa-caches-'));
    const choice = await chooseSandbox(policy.qaIsolation, deps.machine, deps.workspace, {
      ownDirs: [store.dir],
      homeExtra: policy.qaHome,
      network: policy.qaNetwork,
      cacheRoot,
    });
    if (choice.ok) {
      sandbox = choice.sandbox;
      isolation = `${sandbox.mode}: ${sandbox.description}`;
      if (sandbox.mode === 'none') log.warn(`QA sandbox: ${isolation}`);
      else log.info(`QA sandbox: ${isolation}`);
      if (sandbox.mode === 'none') effects.warnings.push(`QA sandbox: ${isolation}.`);
    } else {
      refusal = choice.reason;
      isolation = 'none available; QA was not run';
    }
  }
  const moves: RunMove[] = [];
  const move = (event: RunMove['event'], note: string) =>
    moves.push({ event, at: deps.clock.now(), note });
  // What the gates last tested, taken after the agent's last edit and before
  // QA ran: the change is built from it, never from the work tree after QA.
  let tested: ScopeSnapshot | undefined;
  /** The change, from what the gates tested (or, without gates, the agent's last edit). */
  const takeChange = async () =>
    checkedChange(store, work.spec.scope, tested ?? (await snapshotScope(workspace)), work.base);
  const runChecks = async () => {
    if (!sandbox) return gates;
    const names = policy.gates.map((g) => g.name).join(', ');
    log.info(`QA: running ${names}`);
    move('qa-started', names);
    const before = await snapshotScope(workspace);
    const stepFilesChanged = await guardStepFiles(deps.machine.env);
    gates = await runGates(policy.gates, {
      cwd: deps.workspace,
      env: policy.qaEnv,
      timeoutMs: policy.qaTimeoutMs,
      sandbox,
    });
    const changed = await stepFilesChanged();
    if (changed.length)
      throw new Error(
        `a QA command changed the runner's step files (${changed.join(', ')}); they were restored`,
      );
    const rewritten = await snapshotScope(workspace).then(
      (after) => changedFiles(before, after),
      () => [...before.keys()],
    );
    if (rewritten.length) {
      // The gates judged a change that is not the agent's: undo it, and fail.
      await restoreFiles(workspace, before, rewritten);
      gates = [...gates, rewrittenByQa(rewritten)];
      tested = undefined;
    } else tested = before;
    for (const g of gates) {
      log.info(
        `QA ${g.name}: ${g.passed ? 'passed' : g.timedOut ? 'timed out' : 'failed'} (${(g.durationMs / 1000).toFixed(1)} s)`,
      );
    }
    const spent = budget.spent;
    log.info(
      `spent so far: ${spent.turns} turns, ${spent.promptTokens + spent.completionTokens} tokens, $${spent.costUsd.toFixed(4)}`,
    );
    return gates;
  };
  // The agent checking its own work goes back to work once the gates end.
  const tools = new AgentTools(workspace, deps.git, async () => {
    const results = await runChecks();
    if (sandbox) move('agent-resumed', 'after its own QA run');
    return results;
  });
  const messages: AgentMessage[] = buildAgentPrompt(work.spec.text, work.spec.scope.files);

  let rounds = 0;
  let summary = '';
  let reviewed = !policy.reviewer;
  let ending: Ending;
  let change: CheckedChange | undefined;
  try {
    if (refusal) throw new Error(refusal);
    for (;;) {
      rounds += 1;
      const stop = await runAgent(model, tools, budget, messages, log);
      if (stop.kind !== 'finished') {
        ending = { kind: 'stopped', reason: stop.reason };
        break;
      }
      summary = stop.summary;
      tested = undefined;
      const failing = (await runChecks()).filter((g) => !g.passed);
      if (failing.length) {
        if (rounds > policy.repairRounds) {
          ending = {
            kind: 'qa-failed',
            reason: `QA still failing after ${rounds} round(s): ${failing.map((g) => g.name).join(', ')}`,
          };
          break;
        }
        log.info(`QA failed (${failing.map((g) => g.name).join(', ')}); repair round ${rounds}`);
        messages.push(buildRepairMessage(failing));
        move('agent-resumed', `repair round ${rounds}`);
        continue;
      }
      if (!reviewed) {
        reviewed = true;
        // Nothing runs between the review and the end: the reviewed change is the one kept.
        const draft = (change = await takeChange());
        if (draft.ok) {
          const review = await reviewChange(
            model,
            work.spec.text,
            await store.git.diff(work.base, draft.tree, 60_000),
          );
          budget.record(review.usage);
          if (!review.approve && review.findings.length) {
            change = undefined;
            messages.push(buildReviewFindingsMessage(review.findings));
            if (sandbox) move('agent-resumed', 'review findings');
            continue;
          }
        }
      }
      ending = { kind: 'passed' };
      break;
    }
    if (ending.kind !== 'stopped') change ??= await takeChange();
  } catch (error) {
    ending = { kind: 'stopped', reason: error instanceof Error ? error.message : String(error) };
  }

  if (cacheRoot) await rm(cacheRoot, { recursive: true, force: true }).catch(() => undefined);

  const report: ImplementationReport = {
    title: work.spec.title,
    checklist: work.spec.checklist,
    approved: [...work.spec.scope.files],
    // What is pushed, when there is a change; else what the agent wrote.
    touched: change?.ok ? change.files : [...tools.writes],
    gates,
    isolation,
    spent: budget.spent,
    agentSummary: summary || 'The agent did not finish.',
    refusals: tools.refusals,
    rounds,
    ...(ending.kind === 'passed' ? {} : { failure: ending.reason }),
  };
  return { ending, moves, report, ...(change ? { change } : {}) };
}

/**
 * The gate that fails when QA changed a scope file after the agent's last
 * edit (a formatter that writes, or code that tampers): what the gates tested
 * would not be what is pushed. The agent's version is put back and the agent
 * is told, so it can make the change itself if it is wanted.
 */
function rewrittenByQa(files: readonly string[]): GateResult {
  const list = files.map((f) => `\`${f}\``).join(', ');
  return {
    name: 'change kept as tested',
    command: '(specgate)',
    passed: false,
    exitCode: null,
    timedOut: false,
    durationMs: 0,
    outputTail:
      `The QA commands changed ${list} after your last edit, so what they tested is not what would be pushed. ` +
      'Their changes were undone. If a change is wanted (a formatter, for example), make it yourself with write_file; ' +
      'QA commands must not write files of the change.',
  };
}

/** What QA said of a change that passed, in words that do not claim a test that never ran. */
export function qaVerdict(gates: readonly GateResult[]): string {
  if (!gates.length) return 'no QA commands are configured, so nothing was tested';
  return `QA passed (${gates.map((g) => g.name).join(', ')})`;
}
