import * as core from '@actions/core';
import type { Logger } from '../ports.js';

/**
 * What the Action needs of the job step it runs in: its environment, its
 * inputs, where outputs, the summary and the log go. A GitHub Actions runner
 * in production (`actionsRunner`); the same Action runs anywhere that gives it
 * these.
 */
export interface Runner {
  /** The step's environment; secrets read from it are removed once read. */
  env: NodeJS.ProcessEnv;
  input(name: string): string;
  /** Masks a value in every later log line. */
  secret(value: string): void;
  output(name: string, value: string): void;
  /** Appends Markdown or HTML to the job summary; a no-op where the job has none. */
  summary(text: string): Promise<void>;
  /** Marks the step failed, with the reason. */
  failed(message: string): void;
  log: Logger;
}

/** The GitHub Actions runner this process is a step of. */
export function actionsRunner(env: NodeJS.ProcessEnv = process.env): Runner {
  return {
    env,
    input: (name) => core.getInput(name),
    secret: (value) => core.setSecret(value),
    output: (name, value) => core.setOutput(name, value),
    summary: async (text) => {
      if (!env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(text).write();
    },
    failed: (message) => core.setFailed(message),
    log: {
      debug: (m) => core.debug(m),
      info: (m) => core.info(m),
      warn: (m) => core.warning(m),
      error: (m) => core.error(m),
    },
  };
}
