// Runs every benchmark in this folder, one after another.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

for (const file of readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs')
  .sort()) {
  console.log(`\n# ${file}`);
  const result = spawnSync(process.execPath, [new URL(file, import.meta.url).pathname], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
