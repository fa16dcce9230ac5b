/**
 * What GitHub cannot hold for the app: which deliveries and commands it has
 * already acted on (and, as Slack arrives, linked accounts and alert
 * fingerprints). One port, an embedded adapter for one replica and a
 * PostgreSQL one for several; both pass one contract test suite.
 */
export interface AppStore {
  /** Which engine, for the status page: `embedded (<file>)` or `postgresql`. */
  readonly description: string;
  /**
   * Records `key` under `kind` for `ttlMs`; true if this call recorded it,
   * false if it was already recorded and has not expired. Atomic across
   * replicas sharing the store: of two calls at once, exactly one gets true.
   */
  firstTime(kind: string, key: string, ttlMs: number): Promise<boolean>;
  /** Forgets a key, so that a retry of work that failed can do it. */
  forget(kind: string, key: string): Promise<void>;
  close(): Promise<void>;
}

/** How long a delivery id is remembered: longer than any provider retries or redelivers by itself. */
export const DELIVERY_TTL_MS = 7 * 24 * 60 * 60 * 1000;
