import type { LoggerOptions } from 'pino';

/**
 * The app's logger options. Probot logs every request (url and headers): the
 * status page's secret can ride in `?key=`, `Authorization` and the session
 * cookie, so those never reach a log line.
 */
export function appLogOptions(level: string): LoggerOptions {
  return {
    level,
    name: 'specgate',
    redact: {
      paths: [
        'req.url',
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-hub-signature-256"]',
        'req.headers["x-hub-signature"]',
        'req.headers["x-slack-signature"]',
        'res.headers["set-cookie"]',
      ],
      censor: (value, path) =>
        path.at(-1) === 'url' && typeof value === 'string'
          ? value.replace(/\?.*$/s, '?[Redacted]')
          : '[Redacted]',
    },
    // Probot's request line repeats the URL in the message: its query goes too.
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((arg: unknown) =>
          typeof arg === 'string' ? arg.replace(/(\/\S*?)\?\S*/g, '$1?[Redacted]') : arg,
        );
        method.apply(this, scrubbed as Parameters<typeof method>);
      },
    },
  };
}
