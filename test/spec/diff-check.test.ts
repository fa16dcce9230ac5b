import { describe, expect, it } from '@jest/globals';
import { parseRawDiff } from '../../src/git/raw-diff.js';
import { checkDiff } from '../../src/spec/diff-check.js';
import { approvedScope } from '../support/approved-scope.js';

const scope = approvedScope(['src/a.js', 'src/new.js']);
const Z = '0'.repeat(40);
const S = 'a'.repeat(40);

function raw(oldMode: string, newMode: string, status: string, file: string): string {
  return `:${oldMode} ${newMode} ${S} ${Z} ${status}\0${file}\0`;
}

describe('checkDiff', () => {
  it('accepts modified and created regular files of the scope', () => {
    const entries = parseRawDiff(
      raw('100644', '100644', 'M', 'src/a.js') + raw('000000', '100644', 'A', 'src/new.js'),
    );
    expect(entries).toHaveLength(2);
    expect(checkDiff(entries, scope)).toEqual([]);
  });

  it('reports every change the scope does not allow', () => {
    const entries = parseRawDiff(
      raw('100644', '100644', 'M', 'README.md') +
        raw('100644', '000000', 'D', 'src/a.js') +
        raw('000000', '120000', 'A', 'src/new.js') +
        raw('100644', '100755', 'M', 'src/a.js') +
        raw('000000', '100644', 'A', '.github/workflows/x.yml') +
        raw('000000', '160000', 'A', 'src/new.js'),
    );
    expect(checkDiff(entries, scope)).toEqual([
      '"README.md" changed (modified) but is not in the approved scope',
      '"src/a.js" was deleted; the scope allows modifying or creating files only',
      '"src/new.js" was added as a symbolic link; only regular files may be created',
      '"src/a.js" changed mode from 100644 to 100755',
      '".github/workflows/x.yml" changed (added) but is not in the approved scope',
      '"src/new.js" was added as a submodule; only regular files may be created',
    ]);
  });

  it('parses paths with spaces and unusual characters', () => {
    expect(parseRawDiff(raw('000000', '100644', 'A', 'docs/a file;$(x).md'))[0]!.path).toBe(
      'docs/a file;$(x).md',
    );
  });
});
