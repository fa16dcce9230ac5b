import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolvePrograms } from '../../src/process/programs.js';
import { runGates } from '../../src/qa/gates.js';
import { chooseSandbox } from '../../src/sandbox/choose.js';
import { sandboxLayout } from '../../src/sandbox/layout.js';

describe('sandboxLayout', () => {
  it('empties temp dirs (parents first), never the checkout, and covers credentials and step files', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'specgate-layout-'));
    try {
      const home = path.join(root, 'home');
      const work = path.join(root, 'work');
      const temp = path.join(root, 'runner-temp');
      for (const dir of [home, work, temp, path.join(home, '.ssh'), path.join(work, 'tmp')])
        mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(home, '.git-credentials'), 'x');
      writeFileSync(path.join(temp, 'set_env'), '');
      const layout = sandboxLayout(work, {
        HOME: home,
        TMPDIR: path.join(work, 'tmp'),
        RUNNER_TEMP: temp,
        GITHUB_ENV: path.join(temp, 'set_env'),
      });
      expect(layout.workspace).toBe(work);
      expect(layout.home).toBe(home);
      expect(layout.privateDirs).toContain('/tmp');
      // Listed after /tmp, which holds it; never inside the checkout.
      expect(layout.privateDirs.indexOf(temp)).toBeGreaterThan(layout.privateDirs.indexOf('/tmp'));
      expect(layout.privateDirs).not.toContain(path.join(work, 'tmp'));
      expect(layout.hidden).toEqual(
        expect.arrayContaining([
          path.join(home, '.ssh'),
          path.join(home, '.git-credentials'),
          path.join(temp, 'set_env'),
        ]),
      );
      expect(layout.hidden).not.toContain(path.join(home, '.aws'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

/**
 * Runs `probe` (CommonJS, writing what it found to result.json) as a QA
 * command in the strongest sandbox this machine gives, and returns what it found.
 */
async function probeInSandbox(
  work: string,
  env: NodeJS.ProcessEnv,
  probe: string,
): Promise<Record<string, unknown>> {
  const programs = resolvePrograms(process.env.PATH, work);
  const choice = await chooseSandbox('auto', { programs, env }, work, []);
  if (!choice.ok) throw new Error(choice.reason);
  expect(choice.sandbox.mode).not.toBe('none');
  writeFileSync(path.join(work, 'probe.cjs'), probe);
  const [result] = await runGates([{ name: 'probe', command: 'node probe.cjs' }], {
    cwd: work,
    env: { PATH: process.env.PATH },
    timeoutMs: 20_000,
    sandbox: choice.sandbox,
  });
  expect(result).toMatchObject({ passed: true, outputTail: '' });
  return JSON.parse(readFileSync(path.join(work, 'result.json'), 'utf8')) as Record<
    string,
    unknown
  >;
}

describe('a QA command in the sandbox', () => {
  const SECRET = 'sandbox-secret-' + 'z'.repeat(20);
  let root: string;
  let holder: ChildProcess;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'specgate-sandbox-'));
    // A process of this user holding a secret in its environment, as specgate's does.
    holder = spawn('sleep', ['60'], { env: { PATH: process.env.PATH, HOLDER: SECRET } });
  });
  afterAll(() => {
    holder.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('sees no other process or credential, and keeps only what it wrote in the checkout', async () => {
    const work = path.join(root, 'work');
    const home = path.join(root, 'home');
    mkdirSync(path.join(work, '.git'), { recursive: true });
    mkdirSync(home);
    writeFileSync(path.join(home, '.netrc'), `machine x password ${SECRET}`);
    const seen = await probeInSandbox(
      work,
      { HOME: home },
      `
      const fs = require('fs');
      const tryWrite = (p) => { try { fs.writeFileSync(p, 'x'); return true; } catch { return false; } };
      let environs = '';
      for (const p of fs.readdirSync('/proc')) if (/^\\d+$/.test(p)) { try { environs += fs.readFileSync('/proc/' + p + '/environ', 'latin1'); } catch {} }
      require('child_process').spawn('sleep', ['30'], { detached: true, stdio: 'ignore' }).unref();
      fs.writeFileSync('result.json', JSON.stringify({
        pids: fs.readdirSync('/proc').filter((p) => /^\\d+$/.test(p)).length,
        environs,
        netrc: fs.readFileSync(${JSON.stringify(path.join(home, '.netrc'))}, 'latin1'),
        git: tryWrite('.git/config'),
        usr: tryWrite('/usr/specgate-test'),
        home: tryWrite(${JSON.stringify(path.join(home, 'written'))}),
        tmp: tryWrite('/tmp/specgate-sandbox-probe'),
      }));`,
    );
    expect(seen.pids).toBeLessThan(10);
    expect(seen.environs).not.toContain(SECRET);
    expect(seen.netrc).toBe('');
    expect(seen).toMatchObject({ git: false, usr: false, home: true, tmp: true });
    expect(existsSync(path.join(home, 'written'))).toBe(false);
    expect(existsSync('/tmp/specgate-sandbox-probe')).toBe(false);
  });

  it('keeps RUNNER_TEMP private and .git read-only when HOME holds them and the checkout (GitHub runners)', async () => {
    // /home/runner holds /home/runner/work/_temp and /home/runner/work/r/r on GitHub's runners.
    const home = path.join(root, 'runner-home');
    const work = path.join(home, 'work', 'r', 'r');
    const temp = path.join(home, 'work', '_temp');
    mkdirSync(path.join(work, '.git'), { recursive: true });
    mkdirSync(temp, { recursive: true });
    writeFileSync(path.join(temp, 'git-credentials.config'), SECRET);
    const seen = await probeInSandbox(
      work,
      { HOME: home, RUNNER_TEMP: temp },
      `
      const fs = require('fs');
      const tryWrite = (p) => { try { fs.writeFileSync(p, 'x'); return true; } catch { return false; } };
      let temp = [];
      try { temp = fs.readdirSync(${JSON.stringify(temp)}); } catch {}
      fs.writeFileSync('result.json', JSON.stringify({ temp, git: tryWrite('.git/config') }));`,
    );
    expect(seen).toEqual({ temp: [], git: false });
    expect(existsSync(path.join(work, '.git', 'config'))).toBe(false);
  });
});
