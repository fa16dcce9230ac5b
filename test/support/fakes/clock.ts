import type { Clock } from '../../../src/ports.js';

/** A clock that stands still until the test moves it. */
export class FakeClock implements Clock {
  private at: Date;

  constructor(at: string | Date = '2026-11-20T12:00:00.000Z') {
    this.at = new Date(at);
  }

  now(): Date {
    return new Date(this.at);
  }

  set(at: string | Date): void {
    this.at = new Date(at);
  }

  /** The time `hours` before now, as a history entry writes it. */
  hoursAgo(hours: number): string {
    return new Date(this.at.getTime() - hours * 3_600_000).toISOString();
  }
}
