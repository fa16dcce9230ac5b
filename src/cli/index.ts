#!/usr/bin/env node
import { createInterface } from 'node:readline/promises';
import { main } from './main.js';

const interactive = Boolean(process.stdin.isTTY && process.stderr.isTTY);
const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  ...(interactive
    ? {
        ask: async (question: string) => {
          const rl = createInterface({ input: process.stdin, output: process.stderr });
          try {
            return await rl.question(question);
          } finally {
            rl.close();
          }
        },
      }
    : {}),
});
process.exit(code);
