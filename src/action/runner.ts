import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import type { Logger } from '../ports.js';
import { issueCommand, setOutput } from './workflow-commands.js';

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
    input: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    secret: (value) => issueCommand('add-mask', value),
    output: (name, value) => setOutput(env, name, value),
    summary: async (text) => {
      if (!env.GITHUB_STEP_SUMMARY) return;
      await appendFile(env.GITHUB_STEP_SUMMARY, text, 'utf8');
    },
    failed: (message) => {
      process.exitCode = 1;
      issueCommand('error', message);
    },
    log: {
      debug: (m) => issueCommand('debug', m),
      info: (m) => process.stdout.write(`${m}${EOL}`),
      warn: (m) => issueCommand('warning', m),
      error: (m) => issueCommand('error', m),
    },
  };
}
