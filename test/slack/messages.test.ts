import { describe, expect, it } from '@jest/globals';
import type { StageMessage } from '../../src/ports.js';
import { slackPayload } from '../../src/slack/messages.js';

const message: StageMessage = {
  stage: 'Spec ready for approval',
  title: 'Fix the login form',
  detail: '2 file(s) in scope.',
  ticket: {
    jiraKey: 'ABC-123',
    jiraUrl: 'https://example.atlassian.net/browse/ABC-123',
    issue: { number: 1, url: 'https://github.com/o/r/issues/1' },
  },
  links: [{ url: 'https://github.com/o/r/pull/2', label: 'PR #2' }],
};

/** Every mrkdwn text of the payload, the fallback first. */
function texts(payload: ReturnType<typeof slackPayload>): string[] {
  const all: string[] = [payload.text];
  JSON.stringify(payload.blocks, (key, value: unknown) => {
    if (key === 'text' && typeof value === 'string') all.push(value);
    return value;
  });
  return all;
}

describe('Slack Block Kit of a stage message', () => {
  it('shows the stage, the title, the detail and the references', () => {
    expect(slackPayload(message)).toEqual({
      text: 'Spec ready for approval: Fix the login form',
      blocks: [
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: '*Spec ready for approval*: Fix the login form',
            verbatim: true,
          },
        },
        { type: 'section', text: { type: 'mrkdwn', text: '2 file(s) in scope.', verbatim: true } },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: '<https://example.atlassian.net/browse/ABC-123|ABC-123> · <https://github.com/o/r/issues/1|#1> · <https://github.com/o/r/pull/2|PR #2>',
              verbatim: true,
            },
          ],
        },
      ],
    });
  });

  it('names a Jira ticket without a link when it has no URL, and leaves out what is absent', () => {
    const payload = slackPayload({
      ...message,
      ticket: { jiraKey: 'ABC-123' },
      links: [],
    });
    expect(payload.blocks.at(-1)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'ABC-123', verbatim: true }],
    });
    expect(slackPayload({ ...message, ticket: {}, links: [] }).blocks).toHaveLength(2);
  });

  it.each([
    ['a channel mention', '<!channel> urgent', '&lt;!channel&gt; urgent'],
    ['a user mention', 'ping <@U0123456>', 'ping &lt;@U0123456&gt;'],
    ['a link', '<https://evil.example|click me>', '&lt;https://evil.example|click me&gt;'],
    ['an entity', 'Tom &amp; Jerry & co', 'Tom &amp;amp; Jerry &amp; co'],
  ])('shows %s in an untrusted title as text', (_, title, shown) => {
    const payload = slackPayload({ ...message, title, detail: title });
    expect(payload.text).toBe(`Spec ready for approval: ${shown}`);
    expect(texts(payload).slice(0, 3)).toEqual([
      `Spec ready for approval: ${shown}`,
      `*Spec ready for approval*: ${shown}`,
      shown,
    ]);
    for (const text of texts(payload).slice(0, 3)) {
      expect(text).not.toMatch(/<[^>]*>/);
    }
  });

  it('escapes link labels, and only the links it builds itself form links', () => {
    const payload = slackPayload({
      ...message,
      ticket: {},
      links: [{ url: 'https://github.com/o/r/pull/2', label: 'PR <!here> & more' }],
    });
    const context = texts(payload).at(-1)!;
    expect(context).toBe('<https://github.com/o/r/pull/2|PR &lt;!here&gt; &amp; more>');
  });

  it('makes no link of a URL that could break out of one', () => {
    const payload = slackPayload({
      stage: 'Merged',
      title: 't',
      detail: 'd',
      ticket: { jiraKey: 'ABC-1', jiraUrl: 'https://x.example/browse/ABC-1><!channel>' },
      links: [{ url: 'javascript:alert(1)', label: 'PR #2' }],
    });
    const context = JSON.stringify(payload.blocks.at(-1));
    expect(context).not.toContain('<!channel>');
    expect(context).not.toContain('javascript:');
    expect(context).toContain('ABC-1 · PR #2');
  });
});
