/**
 * Splits a configured command line into arguments the way a user expects
 * from a shell, without a shell: whitespace separates, quotes group, a
 * backslash escapes. Nothing is expanded ($VAR, globs, ~, backticks).
 */
export function splitCommand(line: string): string[] {
  const args: string[] = [];
  let current = '';
  let started = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i] ?? '';
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"' && (line[i + 1] === '"' || line[i + 1] === '\\'))
        current += line[++i];
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (char === '\\' && i + 1 < line.length) {
      current += line[++i];
      started = true;
    } else if (/\s/.test(char)) {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (quote) throw new Error(`unbalanced ${quote} quote in command: ${line}`);
  if (started) args.push(current);
  if (args.length === 0) throw new Error('the command is empty');
  return args;
}
