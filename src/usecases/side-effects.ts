import type { Logger } from '../ports.js';

/**
 * Slack and Jira are told about progress, but their failures never stop the
 * GitHub work: each attempt that fails becomes a warning in the log and the
 * job summary.
 */
export class SideEffects {
  readonly warnings: string[] = [];

  constructor(private readonly log: Logger) {}

  async attempt<T>(what: string, effect: () => Promise<T>): Promise<T | undefined> {
    try {
      return await effect();
    } catch (error) {
      const message = `${what} failed: ${error instanceof Error ? error.message : String(error)}`;
      this.warnings.push(message);
      this.log.warn(message);
      return undefined;
    }
  }
}
