import { styleText } from 'node:util';

type Format = Parameters<typeof styleText>[0];

/** The few looks the demo uses; each returns the text unchanged when colour is off. */
export interface Style {
  heading(text: string): string;
  note(text: string): string;
  good(text: string): string;
  bad(text: string): string;
  label(text: string): string;
  /** A unified diff, its added and removed lines coloured. */
  diff(text: string): string;
}

/**
 * Node's own rule for colour, read from the environment the demo was given
 * rather than this process's: FORCE_COLOR decides when set; otherwise
 * NO_COLOR, NODE_DISABLE_COLORS or TERM=dumb turn colour off, and a terminal
 * turns it on. (styleText's own check reads process.env, and a test runner
 * may set FORCE_COLOR there.)
 */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return ['', '1', 'true', '2', '3'].includes(force);
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined) return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

export function createStyle(colour: boolean): Style {
  const paint = (format: Format) => (text: string) =>
    colour ? styleText(format, text, { validateStream: false }) : text;
  const added = paint('green');
  const removed = paint('red');
  const hunk = paint('cyan');
  return {
    heading: paint('bold'),
    note: paint('yellow'),
    good: paint('green'),
    bad: paint('red'),
    label: paint('cyan'),
    diff: (text) =>
      text
        .split('\n')
        .map((line) => {
          const body = line.trimStart();
          if (/^\+(?!\+\+)/.test(body)) return added(line);
          if (/^-(?!--)/.test(body)) return removed(line);
          return body.startsWith('@@') ? hunk(line) : line;
        })
        .join('\n'),
  };
}
