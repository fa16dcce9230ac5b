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
      mkdirSync(path.join(home, '.cargo', 'bin'), { recursive: true });
      writeFileSync(path.join(home, '.cargo', 'credentials.toml'), 'x');
      mkdirSync(path.join(home, '.m2', 'repository'), { recursive: true });
      writeFileSync(path.join(home, '.m2', 'settings.xml'), 'x');
      writeFileSync(path.join(temp, 'set_env'), '');
      const layout = sandboxLayout(work, {
        HOME: home,
        TMPDIR: path.join(work, 'tmp'),
        RUNNER_TEMP: temp,
        GITHUB_ENV: path.join(temp, 'set_env'),
        PATH: `${path.join(home, '.cargo', 'bin')}:/usr/bin`,
      });
      expect(layout.workspace).toBe(work);
      expect(layout.home).toBe(home);
      expect(layout.privateDirs).toContain('/tmp');
      // Listed after /tmp, which holds it; never inside the checkout.
      expect(layout.privateDirs.indexOf(temp)).toBeGreaterThan(layout.privateDirs.indexOf('/tmp'));
      expect(layout.privateDirs).not.toContain(path.join(work, 'tmp'));
      // HOME comes back only as its toolchains and caches, never a credential folder.
      expect(layout.homeKeep).toEqual(['.cargo', '.m2/repository']);
      expect(layout.hidden).toEqual(
        expect.arrayContaining([
          path.join(home, '.cargo', 'credentials.toml'),
          path.join(temp, 'set_env'),
        ]),
      );
      // Gone with the rest of HOME: nothing to cover.
      expect(layout.hidden).not.toContain(path.join(home, '.ssh'));
      expect(layout.hidden).not.toContain(path.join(home, '.m2', 'settings.xml'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

/**
 * Runs `probe` (CommonJS, writing what it found to result.json) as a QA
 * command in the strongest sandbox this machine gives (or, for a control,
 * in none), and returns what it found.
 */
async function probeInSandbox(
  work: string,
  env: NodeJS.ProcessEnv,
  probe: string,
  isolation: 'auto' | 'none' = 'auto',
): Promise<Record<string, unknown>> {
  const programs = resolvePrograms(process.env.PATH, work);
  const choice = await chooseSandbox(isolation, { programs, env }, work);
  if (!choice.ok) throw new Error(choice.reason);
  if (isolation === 'auto') expect(choice.sandbox.mode).not.toBe('none');
  writeFileSync(path.join(work, 'probe.cjs'), probe);
  const [result] = await runGates([{ name: 'probe', command: 'node probe.cjs' }], {
    cwd: work,
    env: { PATH: env.PATH ?? process.env.PATH, ...(env.HOME ? { HOME: env.HOME } : {}) },
    timeoutMs: 20_000,
    sandbox: choice.sandbox,
  });
  expect(result).toMatchObject({ passed: true });
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

  it('sees no other process, is not PID 1, and keeps only what it wrote in the checkout', async () => {
    const work = path.join(root, 'work');
    const home = path.join(root, 'home');
    mkdirSync(path.join(work, '.git'), { recursive: true });
    mkdirSync(home);
    const seen = await probeInSandbox(
      work,
      { HOME: home },
      `
      const fs = require('fs');
      const tryWrite = (p) => { try { fs.writeFileSync(p, 'x'); return true; } catch { return false; } };
      let environs = '';
      for (const p of fs.readdirSync('/proc')) if (/^\\d+$/.test(p)) { try { environs += fs.readFileSync('/proc/' + p + '/environ', 'latin1'); } catch {} }
      fs.writeFileSync('result.json', JSON.stringify({
        pid: process.pid,
        pids: fs.readdirSync('/proc').filter((p) => /^\\d+$/.test(p)).length,
        environs,
        git: tryWrite('.git/config'),
        usr: tryWrite('/usr/specgate-test'),
        home: tryWrite(${JSON.stringify(path.join(home, 'written'))}),
        tmp: tryWrite('/tmp/specgate-sandbox-probe'),
      }));`,
    );
    expect(seen.pid).not.toBe(1);
    expect(seen.pids).toBeLessThan(10);
    expect(seen.environs).not.toContain(SECRET);
    // .git takes writes (hook installers make them) that vanish with the command.
    expect(seen).toMatchObject({ git: true, usr: false, home: true, tmp: true });
    expect(existsSync(path.join(work, '.git', 'config'))).toBe(false);
    expect(existsSync(path.join(home, 'written'))).toBe(false);
    expect(existsSync('/tmp/specgate-sandbox-probe')).toBe(false);
  });

  it('reads no credential anywhere under HOME, and still finds its toolchains and caches', async () => {
    const work = path.join(root, 'creds-work');
    const home = path.join(root, 'creds-home');
    mkdirSync(path.join(work, '.git'), { recursive: true });
    // What the credential list names, where tools keep it (issue: each one was read).
    const credentials = [
      '.config/git/credentials',
      '.git-credentials',
      '.pgpass',
      '.my.cnf',
      '.cargo/credentials.toml',
      '.m2/settings.xml',
      '.gradle/gradle.properties',
      '.vault-token',
      '.terraformrc',
      '.bash_history',
      '.netrc',
      '.ssh/id_ed25519',
      '.aws/credentials',
    ];
    for (const rel of credentials) {
      mkdirSync(path.dirname(path.join(home, rel)), { recursive: true });
      writeFileSync(path.join(home, rel), `${rel}=${SECRET}`);
    }
    // A toolchain on PATH under HOME, and a cache.
    mkdirSync(path.join(home, '.cargo', 'bin'), { recursive: true });
    writeFileSync(path.join(home, '.cargo', 'bin', 'tool'), '#!/bin/sh\necho toolchain-ok\n', {
      mode: 0o755,
    });
    mkdirSync(path.join(home, '.npm', '_cacache'), { recursive: true });
    writeFileSync(path.join(home, '.npm', '_cacache', 'entry'), 'cached');
    const probe = `
      const fs = require('fs');
      const os = require('os');
      const path = require('path');
      const read = (rel) => { try { return fs.readFileSync(path.join(os.homedir(), rel), 'latin1'); } catch (e) { return e.code; } };
      const found = {};
      for (const rel of ${JSON.stringify(credentials)}) found[rel] = read(rel);
      let tool;
      try { tool = require('child_process').execFileSync('tool', { encoding: 'utf8' }).trim(); } catch (e) { tool = e.message; }
      let cacheWrite;
      try { fs.writeFileSync(path.join(os.homedir(), '.npm/_cacache/new'), 'x'); cacheWrite = true; } catch (e) { cacheWrite = e.code; }
      fs.writeFileSync('result.json', JSON.stringify({ found, tool, cache: read('.npm/_cacache/entry'), cacheWrite }));`;
    const env = { HOME: home, PATH: `${path.join(home, '.cargo', 'bin')}:${process.env.PATH}` };
    // The control: without the sandbox, the probe reads every one of them.
    const open = await probeInSandbox(work, env, probe, 'none');
    for (const rel of credentials)
      expect((open.found as Record<string, string>)[rel]).toContain(SECRET);
    rmSync(path.join(home, '.npm', '_cacache', 'new'));

    const seen = await probeInSandbox(work, env, probe);
    expect(JSON.stringify(seen.found)).not.toContain(SECRET);
    expect(seen).toMatchObject({ tool: 'toolchain-ok', cache: 'cached', cacheWrite: true });
    // The cache's write was the sandbox's own.
    expect(existsSync(path.join(home, '.npm', '_cacache', 'new'))).toBe(false);
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
    expect(seen).toEqual({ temp: [], git: true });
    expect(existsSync(path.join(work, '.git', 'config'))).toBe(false);
  });
});
