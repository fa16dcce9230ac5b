export const INTEGRATIONS = ['github', 'model', 'slack', 'jira'] as const;
export type Integration = (typeof INTEGRATIONS)[number];

export interface IntegrationHealth {
  /** Anything of it is set up (either direction). */
  configured: boolean;
  /** What the app sends it (a token, an endpoint), and what it takes from it (a signed webhook). */
  outbound: boolean;
  inbound: boolean;
  lastSuccess?: string;
  lastError?: { at: string; message: string };
}

/**
 * What this process saw of each integration. Process-local on purpose: each
 * replica reports its own view; nothing here decides what the app does.
 */
export class Health {
  readonly #state: Record<Integration, IntegrationHealth>;

  constructor(
    configured: Record<Integration, { outbound: boolean; inbound: boolean }>,
    private readonly now: () => Date = () => new Date(),
  ) {
    const entry = (c: { outbound: boolean; inbound: boolean }): IntegrationHealth => ({
      configured: c.outbound || c.inbound,
      ...c,
    });
    this.#state = {
      github: entry(configured.github),
      model: entry(configured.model),
      slack: entry(configured.slack),
      jira: entry(configured.jira),
    };
  }

  ok(integration: Integration): void {
    this.#state[integration].lastSuccess = this.now().toISOString();
  }

  failed(integration: Integration, message: string): void {
    this.#state[integration].lastError = {
      at: this.now().toISOString(),
      message: message.slice(0, 300),
    };
  }

  snapshot(): Record<Integration, IntegrationHealth> {
    return structuredClone(this.#state);
  }
}
