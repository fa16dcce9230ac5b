/**
 * A secret can be posted encoded: base64 (at any alignment inside a longer
 * blob, either alphabet), percent-encoded, or hex. Rather than listing every
 * encoding of every secret, each run of text that could be an encoding is
 * decoded, and the run is redacted when what it decodes to reveals a secret.
 */
const PERCENT_RUN =
  /(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~+-])*%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~+-])*/g;
const HEX_RUN = /[0-9A-Fa-f]{12,}/g;
const BASE64_RUN = /[A-Za-z0-9+/_-]{8,}={0,2}/g;

export function redactEncoded(
  text: string,
  reveals: (decoded: string) => boolean,
  replacement: string,
): string {
  const scan = (input: string, run: RegExp, decodings: (s: string) => string[]): string =>
    input.replace(run, (found) => (decodings(found).some(reveals) ? replacement : found));
  let out = scan(text, PERCENT_RUN, (s) => [percentDecode(s)]);
  out = scan(out, HEX_RUN, (s) => [0, 1].map((o) => decode(s.slice(o), 'hex')));
  // A run that starts mid-group decodes to garbage: try each of the four offsets.
  out = scan(out, BASE64_RUN, (s) => [0, 1, 2, 3].map((o) => decode(s.slice(o), 'base64')));
  return out;
}

/** Decodes repeatedly, so double encoding (`%255F`) is caught too. */
function percentDecode(text: string): string {
  let out = text;
  for (let i = 0; i < 3 && /%[0-9A-Fa-f]{2}/.test(out); i++) {
    out = out.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
  }
  return out;
}

function decode(text: string, encoding: 'hex' | 'base64'): string {
  // Node's base64 decoder accepts both the standard and the URL-safe alphabet.
  const bytes = Buffer.from(encoding === 'hex' ? text.slice(0, text.length & ~1) : text, encoding);
  return bytes.toString('latin1');
}
