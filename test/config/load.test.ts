import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../../src/config/load.js';
import { ALL_KEYS, KEY_OWNERS, OPERATOR_KEYS } from '../../src/config/schema.js';

const token = { 'github-token': 'ghs_example' };

function problems(inputs: Record<string, string>, file?: string): string[] {
  try {
    loadConfig(inputs, file);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig(token);
    expect(config['trigger-label']).toBe('specgate');
    expect(config['max-scope-files']).toBe(15);
    expect(config['denied-paths']).toEqual([]);
    expect(config['openai-base-url']).toBe('https://api.openai.com/v1');
  });

  it('reads policy from the repo file and lets a set input win', () => {
    const file = 'trigger-label: ai\nmax-scope-files: 5\ndenied-paths:\n  - infra/**\n';
    const config = loadConfig({ ...token, 'max-scope-files': '8', 'trigger-label': '' }, file);
    expect(config['trigger-label']).toBe('ai');
    expect(config['max-scope-files']).toBe(8);
    expect(config['denied-paths']).toEqual(['infra/**']);
  });

  it('takes dry-run from an input or the repo file, off by default', () => {
    expect(loadConfig(token)['dry-run']).toBe(false);
    expect(loadConfig({ ...token, 'dry-run': 'true' })['dry-run']).toBe(true);
    expect(loadConfig(token, 'dry-run: true\n')['dry-run']).toBe(true);
    expect(problems({ ...token, 'dry-run': 'yes please' })).toEqual([
      '"dry-run" (action input): expected true or false',
    ]);
  });

  it('reads the QA network allowlist, and never lets metadata or link-local through', () => {
    const config = loadConfig({
      ...token,
      'qa-network': 'registry.npmjs.org:443, localhost:5432\n[::1]:6379',
    });
    expect(config['qa-network']).toEqual([
      { host: 'registry.npmjs.org', port: 443 },
      { host: 'localhost', port: 5432 },
      { host: '::1', port: 6379 },
    ]);
    const refused = problems({
      ...token,
      'qa-network': '169.254.169.254:80, metadata.google.internal:80, [fe80::1]:22, db, x:70000',
    }).join('\n');
    expect(refused).toContain(
      '"169.254.169.254:80": link-local and metadata addresses are never reachable',
    );
    expect(refused).toContain('"metadata.google.internal:80": a cloud metadata service');
    expect(refused).toContain('"[fe80::1]:22": link-local');
    expect(refused).toContain('"db" is not host:port');
    expect(refused).toContain('"x:70000": the port must be 1-65535');
    expect(problems({ ...token, 'qa-home': '../outside' }).join('\n')).toContain(
      'expected folders relative to HOME',
    );
  });

  it('classifies every key, and ignores every operator key a repository file sets', () => {
    expect(Object.keys(KEY_OWNERS).sort()).toEqual([...ALL_KEYS].sort());
    expect(OPERATOR_KEYS).toEqual([
      'openai-base-url',
      'jira-base-url',
      'slack-channel',
      'slack-api-url',
    ]);
    for (const key of OPERATOR_KEYS) {
      const warnings: string[] = [];
      const value = key === 'slack-channel' ? 'C666' : 'http://collector.example/';
      const config = loadConfig(token, `${key}: ${value}\n`, (m) => warnings.push(m));
      expect(config[key as keyof typeof config]).not.toBe(value);
      expect(warnings).toEqual([
        expect.stringContaining(`"${key}" in .github/specgate.yml is ignored`),
      ]);
      // The operator's own value still applies.
      const operator = key === 'slack-channel' ? 'C1' : 'https://operator.example/';
      expect(
        loadConfig({ ...token, [key]: operator }, `${key}: ${value}\n`)[key as keyof typeof config],
      ).toBe(operator);
    }
  });

  it('parses list inputs from commas and newlines', () => {
    expect(loadConfig({ ...token, 'denied-paths': 'a/**, b/**\nc.txt' })['denied-paths']).toEqual([
      'a/**',
      'b/**',
      'c.txt',
    ]);
  });

  it('names the key, the source and what is allowed', () => {
    expect(problems({ ...token, 'max-scope-files': 'many' })).toEqual([
      '"max-scope-files" (action input): expected a whole number from 1 to 100',
    ]);
    expect(problems(token, 'max-scope-files: 1000')).toEqual([
      '"max-scope-files" (.github/specgate.yml): expected a whole number from 1 to 100',
    ]);
    expect(problems({ ...token, 'openai-base-url': 'ftp://x' })[0]).toContain(
      'expected an http(s) URL',
    );
    expect(problems(token, 'qa-isolation: always')).toEqual([
      '"qa-isolation" (.github/specgate.yml): expected auto, required or none',
    ]);
    expect(problems({ ...token, reviewer: 'maybe' })).toEqual([
      '"reviewer" (action input): expected true or false',
    ]);
    expect(problems(token, 'model-prices: {m: {input: 1}}')[0]).toContain(
      '"model-prices[m.output]"',
    );
  });

  it('reports every problem at once, from the file and the inputs together', () => {
    expect(
      problems(
        { ...token, reviewer: 'maybe', bogus: 'x' },
        'max-scope-files: 1000\nqa-isolation: always\ntrigger_label: x\n',
      ),
    ).toEqual([
      expect.stringContaining('input "bogus" is not a specgate input'),
      expect.stringContaining('unknown key "trigger_label" in .github/specgate.yml'),
      '"max-scope-files" (.github/specgate.yml): expected a whole number from 1 to 100',
      '"qa-isolation" (.github/specgate.yml): expected auto, required or none',
      '"reviewer" (action input): expected true or false',
    ]);
  });

  it('lets an input override an invalid value of the file, with a warning', () => {
    const warnings: string[] = [];
    const config = loadConfig(
      { ...token, 'max-scope-files': '8' },
      'max-scope-files: 1000\nmax-turns: 12\n',
      (w) => warnings.push(w),
    );
    expect(config['max-scope-files']).toBe(8);
    expect(config['max-turns']).toBe(12);
    expect(warnings).toEqual([
      '"max-scope-files" (.github/specgate.yml): expected a whole number from 1 to 100 (ignored: the action input "max-scope-files" is set and wins)',
    ]);
  });

  it('rejects unknown keys and lists the allowed ones', () => {
    const [problem] = problems(token, 'trigger_label: x');
    expect(problem).toContain('unknown key "trigger_label" in .github/specgate.yml');
    expect(problem).toContain('trigger-label');
  });

  it('refuses secrets in the repo file', () => {
    expect(problems(token, 'slack-token: xoxb-123')[0]).toContain('belong in the workflow');
  });

  it('reports invalid YAML and non-mapping files', () => {
    expect(problems(token, 'a: [')[0]).toContain('not valid YAML');
    expect(problems(token, '- a\n- b')[0]).toContain('must be a mapping');
  });

  it('leaves the GitHub token to the entry point that needs it', () => {
    expect(loadConfig({})['github-token']).toBeUndefined();
  });

  it('validates per-run values', () => {
    expect(problems({ ...token, 'jira-key': 'abc-1; rm -rf /' })[0]).toContain(
      'expected a Jira key such as ABC-123',
    );
    expect(problems({ ...token, issue: '12abc' })[0]).toContain('"issue" (action input)');
    expect(loadConfig({ ...token, issue: '12' }).issue).toBe(12);
  });

  it('rejects a spec path or branch prefix that leaves the repo or breaks git', () => {
    expect(problems(token, 'spec-path: ../SPEC.md')[0]).toContain('"spec-path"');
    expect(problems(token, 'branch-prefix: "a..b/"')[0]).toContain('"branch-prefix"');
  });

  it('takes spec-path as a template: a home per ticket by default, a fixed path still accepted', () => {
    expect(loadConfig(token)['spec-path']).toBe('specs/{ticket}/spec.md');
    expect(loadConfig(token, 'spec-path: docs/specs/{ticket}.md')['spec-path']).toBe(
      'docs/specs/{ticket}.md',
    );
    expect(loadConfig(token, 'spec-path: ./SPEC.md')['spec-path']).toBe('SPEC.md');
    for (const bad of [
      '/specs/{ticket}.md',
      'specs/{ticket}/../../x.md',
      'specs/{name}.md',
      'specs/{ticket}/',
    ]) {
      expect(problems(token, `spec-path: "${bad}"`)[0]).toContain('"spec-path"');
    }
  });
});
