/** One call a fake received: the port's method and its arguments. */
export interface Call<Port> {
  method: keyof Port & string;
  args: unknown[];
}

/**
 * What every fake of a port shares: it records each call, in order, and can
 * be told to fail one (or every one) of them. A failed call is recorded too:
 * it was attempted, and changed nothing.
 */
export class Recording<Port> {
  readonly calls: Call<Port>[] = [];
  private readonly failures: { method: keyof Port; error: Error }[] = [];
  private outage: Error | undefined;

  /** The next call of `method` fails with `error`. */
  failNext(method: keyof Port & string, error = new Error(`${method} failed`)): void {
    this.failures.push({ method, error });
  }

  /** Every call fails from now on, as a service that is down. */
  down(error = new Error('the service is down')): void {
    this.outage = error;
  }

  /** The calls of one method, by their arguments. */
  callsOf(method: keyof Port & string): unknown[][] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args);
  }

  /** Records the call (as it is made), then fails as it was told to, if it was. */
  protected record(method: keyof Port & string, ...args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    const at = this.failures.findIndex((failure) => failure.method === method);
    const failure = this.outage ?? (at >= 0 ? this.failures.splice(at, 1)[0]!.error : undefined);
    return failure ? Promise.reject(failure) : Promise.resolve();
  }
}
