export const DOCS = 'https://docs.github.com/rest';

/** Thrown by handlers; `violation` marks a client mistake the test should hear about. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly violation?: string,
  ) {
    super(typeof body.message === 'string' ? body.message : `HTTP ${status}`);
  }
}

export function invalid(detail: string, violation: string): HttpError {
  return new HttpError(
    422,
    { message: `Invalid request.\n\n${detail}`, documentation_url: DOCS, status: '422' },
    violation,
  );
}

export function validationFailed(error: Record<string, unknown>): HttpError {
  return new HttpError(422, {
    message: 'Validation Failed',
    errors: [error],
    documentation_url: DOCS,
  });
}

export function notFound(violation?: string): HttpError {
  return new HttpError(
    404,
    { message: 'Not Found', documentation_url: DOCS, status: '404' },
    violation,
  );
}
