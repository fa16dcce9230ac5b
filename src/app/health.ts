export const INTEGRATIONS = ['github', 'model', 'slack', 'jira'] as const;
export type Integration = (typeof INTEGRATIONS)[number];

export interface IntegrationHealth {
  configured: boolean;
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
    configured: Record<Integration, boolean>,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.#state = {
      github: { configured: configured.github },
      model: { configured: configured.model },
      slack: { configured: configured.slack },
      jira: { configured: configured.jira },
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
