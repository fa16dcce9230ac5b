/** Pure helpers that turn what the demo observed into the lines it prints. */

/**
 * The part of a failing `node --test` run a reader needs: which test failed
 * and why, without the stack frames (they name this machine's temp paths) or
 * the timings. Another runner's output falls back to its last lines.
 */
export function failureExcerpt(output: string, max = 6): string[] {
  const lines = output.split('\n').map((line) => line.trimEnd());
  const start = lines.findIndex((line) => /failing tests:$/.test(line));
  const picked =
    start >= 0
      ? lines
          .slice(start + 1)
          .filter((line) => line.trim() !== '' && !/^\s+at /.test(line))
          .map((line) => line.replace(/ \([\d.]+ms\)$/, ''))
      : lines.filter((line) => line.trim() !== '').slice(-max);
  return picked.slice(0, max);
}

/** Every line of `text`, whole (a URL is never cut), behind `prefix`. */
export function quote(text: string, prefix: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => `${prefix}${line}`.trimEnd())
    .join('\n');
}

export interface StatusMove {
  key: string;
  from: string;
  to: string;
  via: string;
}

/** The status moves a tracker made, in order, from the transitions it chose by id. */
export function statusMoves(
  done: readonly { key: string; id: string }[],
  offered: readonly { id: string; name: string; to: { name: string } }[],
  initial: string,
): StatusMove[] {
  const current = new Map<string, string>();
  return done.map(({ key, id }) => {
    const transition = offered.find((t) => t.id === id);
    const from = current.get(key) ?? initial;
    const to = transition?.to.name ?? `transition ${id}`;
    current.set(key, to);
    return { key, from, to, via: transition?.name ?? id };
  });
}
