import { describe, expect, it } from '@jest/globals';
import { PathPolicy } from '../../src/core/paths.js';
import { parseSpecAnswer } from '../../src/spec/parse-answer.js';
import { checkScope } from '../../src/spec/scope.js';
import { parseSpec, renderSpec, specChecklist } from '../../src/spec/spec-document.js';
import { specAnswer } from './fixtures.js';

const rules = {
  policy: new PathPolicy([], ['SPEC.md']),
  maxFiles: 3,
  trackedFiles: new Set(['src/login.js', 'README.md', '.github/workflows/ci.yml']),
};

describe('parseSpecAnswer', () => {
  it('accepts plain and fenced JSON', () => {
    const json = JSON.stringify(specAnswer());
    expect(parseSpecAnswer(json).ok).toBe(true);
    expect(parseSpecAnswer('Here it is:\n```json\n' + json + '\n```').ok).toBe(true);
  });

  it('explains invalid answers', () => {
    expect(parseSpecAnswer('I cannot help with that')).toEqual({
      ok: false,
      errors: ['the answer is not a JSON object'],
    });
    const broken = parseSpecAnswer('{"title": "x",}');
    expect(broken.ok ? [] : broken.errors[0]).toContain('not valid JSON');
    const wrong = parseSpecAnswer(JSON.stringify({ ...specAnswer(), scope: [] }));
    expect(wrong.ok ? [] : wrong.errors).toEqual([expect.stringContaining('scope')]);
  });
});

describe('checkScope', () => {
  it('accepts existing files to modify and new files to create', () => {
    expect(checkScope(specAnswer().scope, rules)).toEqual({
      scope: specAnswer().scope,
      errors: [],
    });
  });

  it('reports every problem at once', () => {
    const { errors } = checkScope(
      [
        { path: '.github/workflows/x.yml', change: 'create', reason: 'r' },
        { path: '../x', change: 'create', reason: 'r' },
        { path: '/etc/passwd', change: 'modify', reason: 'r' },
        { path: 'src/missing.js', change: 'modify', reason: 'r' },
        { path: 'README.md', change: 'create', reason: 'r' },
        { path: 'spec.md', change: 'create', reason: 'r' },
        { path: 'src/**/*.js', change: 'modify', reason: 'r' },
      ],
      rules,
    );
    expect(errors).toEqual([
      expect.stringContaining('.github/workflows/x.yml'),
      expect.stringContaining('leaves the repository'),
      expect.stringContaining('relative'),
      expect.stringContaining('no such file is tracked'),
      expect.stringContaining('already exists'),
      expect.stringContaining("specgate's own file"),
      expect.stringContaining('globs'),
    ]);
  });

  it('enforces the file limit and folds duplicates', () => {
    const entries = ['a', 'b', 'c', 'd'].map((n) => ({
      path: `new/${n}.js`,
      change: 'create' as const,
      reason: 'r',
    }));
    expect(checkScope(entries, rules).errors).toEqual([
      'the scope lists 4 files; at most 3 are allowed',
    ]);
    const dup = checkScope([entries[0]!, { ...entries[0]!, path: './new/a.js' }], rules);
    expect(dup.scope).toHaveLength(1);
  });

  it('catches a case variant of a tracked file', () => {
    expect(
      checkScope([{ path: 'SRC/Login.js', change: 'modify', reason: 'r' }], rules).errors[0],
    ).toContain('spelled "src/login.js"');
  });
});

describe('the spec document', () => {
  it('renders front matter a program reads back and sections a person reads', () => {
    const text = renderSpec(specAnswer(), {
      issue: 7,
      jiraKey: 'ABC-1',
      jiraUrl: 'https://j/browse/ABC-1',
      model: 'm',
      notes: ['Jira was down'],
    });
    const parsed = parseSpec(text);
    expect(parsed.ok && parsed.front).toEqual({
      specgate: 1,
      issue: 7,
      jira: 'ABC-1',
      model: 'm',
      title: specAnswer().title,
      scope: specAnswer().scope,
    });
    for (const heading of [
      'Problem',
      'Acceptance criteria',
      'Scope',
      'Plan',
      'Tests',
      'Risks',
      'Checklist',
      'Notes',
    ]) {
      expect(text).toContain(`## ${heading}`);
    }
    expect(specChecklist(parsed.ok ? parsed.body : '')).toEqual(specAnswer().checklist);
  });

  it('keeps each scope entry on one line', () => {
    const text = renderSpec(
      specAnswer({ scope: [{ path: 'a.js', change: 'create', reason: 'x | y\nz' }] }),
      { model: 'm', notes: [] },
    );
    expect(text).toContain('- `a.js` (create): x | y z\n');
  });

  it('explains a broken spec file', () => {
    expect(parseSpec('# no front matter')).toEqual({
      ok: false,
      error: expect.stringContaining('no front matter'),
    });
    expect(parseSpec('---\nspecgate: 1\n---\n')).toEqual({
      ok: false,
      error: expect.stringContaining('front matter'),
    });
  });
});
