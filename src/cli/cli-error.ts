/** Documented exit codes of the `specgate` command. */
export const EXIT = {
  ok: 0,
  /** The work ran and failed: invalid spec, model error, QA failed, budget spent. */
  failed: 1,
  /** The command line is wrong. */
  usage: 2,
  /** Configuration or environment is invalid or missing. */
  config: 3,
  /** A precondition does not hold: dirty work tree, spec not approved, no spec. */
  precondition: 4,
} as const;

export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
