/** Colour and cursor codes (CSI and OSC sequences) that test runners print. */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** Lines where runners report a failure (TAP, mocha, jest, vitest, node:test, pytest, go). */
const FAILURE =
  /(^not ok\b|\bfail(ed|ing|ure)?\b|\berror\b|✕|✖|×|\bassert|\bexpected\b|\breceived\b|exception|traceback|panic:)/i;

const BEFORE = 2;
const AFTER = 8;

/**
 * What a person would look at in a failing command's output, within `max`
 * characters and without colour: the failure lines with their context first,
 * then the end of the output, where runners print their summary. Output that
 * fits is kept whole.
 */
export function gateExcerpt(raw: string, max: number): string {
  const text = raw.replace(ANSI, '').replace(/\r\n?/g, '\n').trim();
  if (text.length <= max) return text;
  const lines = text.split('\n');
  const keep = new Set<number>();
  lines.forEach((line, i) => {
    if (!FAILURE.test(line)) return;
    for (let j = Math.max(0, i - BEFORE); j <= Math.min(lines.length - 1, i + AFTER); j++)
      keep.add(j);
  });
  const failures: string[] = [];
  let used = 0;
  let last = -1;
  for (const i of [...keep].sort((a, b) => a - b)) {
    const line = lines[i] ?? '';
    if (used + line.length + 1 > max / 2) break;
    if (last >= 0 && i !== last + 1) failures.push('…');
    failures.push(line);
    used += line.length + 1;
    last = i;
  }
  const head = failures.length ? `${failures.join('\n')}\n… (end of the output:)\n` : '';
  return head + text.slice(-(max - head.length));
}
