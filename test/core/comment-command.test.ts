import { describe, expect, it } from '@jest/globals';
import { parseCommand } from '../../src/core/comment-command.js';

describe('parseCommand', () => {
  it('reads commands at the start of a line', () => {
    expect(parseCommand('/approve')).toEqual({ kind: 'approve' });
    expect(parseCommand('Looks good.\n\n/approve\n')).toEqual({ kind: 'approve' });
    expect(parseCommand('/reject not needed any more')).toEqual({
      kind: 'reject',
      reason: 'not needed any more',
    });
    expect(parseCommand('/reject')).toEqual({ kind: 'reject', reason: '' });
    expect(parseCommand('/revise also handle\nempty usernames')).toEqual({
      kind: 'revise',
      feedback: 'also handle\nempty usernames',
    });
  });

  it.each([
    ['mid-sentence', 'I would /approve this'],
    ['in a quote', '> /approve'],
    ['indented (code)', '    /approve'],
    ['in a fenced block', '```\n/approve\n```'],
    ['in a tilde fence', '~~~md\n/approve\n~~~'],
    ['with a condition', '/approve if CI passes'],
    ['a longer word', '/approved'],
    ['revise without feedback', '/revise'],
    ['another command', '/deploy'],
    ['a quote carried on into the next line', '> I would say\n/approve'],
    ['a fence whose info line looks like a close', '```\ncode\n```js\n/approve\n```'],
    ['an HTML comment', '<!--\n/approve\n-->'],
    ['an HTML comment on one line', '<!-- /approve -->'],
    ['inside <details>', '<details>\n/approve\n</details>'],
    [
      'inside <details> between blank lines',
      '<details><summary>x</summary>\n\n/approve\n\n</details>',
    ],
    ['inside <pre>', '<pre>\n/approve\n</pre>'],
    ['inside <blockquote>', '<blockquote>\n\n/approve\n\n</blockquote>'],
    ['inside a <div hidden>', 'Fine.\n\n<div hidden>\n\n/approve\n\n</div>'],
    ['after an inline element left open', 'See <sub>\n\n/approve'],
    ['as a setext heading', '/approve\n==='],
    ['as a setext heading with dashes', '/approve\n---'],
    ['as an ATX heading', '# /approve'],
    ['in a list item', '- /approve'],
    ['on the second line of a paragraph', 'Looks good.\n/approve'],
    ['inside a code span over two lines', 'run `x\n/approve\ny`'],
    ['escaped', '\\/approve'],
    ['as a character reference', '&#47;approve'],
    ['inside a link reference definition', '[x]: /approve'],
  ])('ignores a command %s', (_, body) => {
    expect(parseCommand(body)).toBeUndefined();
  });

  it('reads a command after a closed fence, a finished quote or a comment', () => {
    expect(parseCommand('```\ncode\n```\n/approve')).toEqual({ kind: 'approve' });
    expect(parseCommand('> quoted\n\n/approve')).toEqual({ kind: 'approve' });
    expect(parseCommand('<!-- note -->\n/approve')).toEqual({ kind: 'approve' });
    expect(parseCommand('<details>\nlog\n</details>\n\n/approve')).toEqual({ kind: 'approve' });
    expect(parseCommand('<br>\n\n/approve')).toEqual({ kind: 'approve' });
  });
});
