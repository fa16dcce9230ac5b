import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Redactor } from '../../src/core/redact.js';
import type { StageMessage } from '../../src/ports.js';
import { SlackChat } from '../../src/slack/slack-chat.js';
import { FakeSlack } from '../../src/stand-ins/slack.js';

let slack: FakeSlack;
let chat: SlackChat;
beforeEach(async () => {
  slack = new FakeSlack();
  await slack.start();
  chat = new SlackChat(
    { token: 'xoxb-t', channel: 'C0123456', apiUrl: `${slack.url}/api/` },
    new Redactor(['super-secret-value']),
  );
});
afterEach(() => slack.stop());

const message: StageMessage = {
  stage: 'Spec approved',
  title: 'Fix <!channel> login',
  detail: 'The model was given super-secret-value by mistake.',
  ticket: { issue: { number: 1, url: 'https://github.com/o/r/issues/1' } },
  links: [{ url: 'https://github.com/o/r/pull/2', label: 'PR #2' }],
};

describe('SlackChat', () => {
  it('posts a stage message as Block Kit to its channel, redacted, and answers where', async () => {
    const posted = await chat.post(message);
    expect(posted).toEqual({ channel: 'C0123456', ts: '1700000000.000001' });
    const [sent] = slack.messages;
    expect(sent).toMatchObject({
      channel: 'C0123456',
      text: 'Spec approved: Fix &lt;!channel&gt; login',
    });
    expect(sent).not.toHaveProperty('thread_ts');
    const blocks = JSON.stringify(sent!.blocks);
    expect(blocks).toContain('Fix &lt;!channel&gt; login');
    expect(blocks).toContain('<https://github.com/o/r/pull/2|PR #2>');
    expect(blocks).not.toContain('super-secret-value');
  });

  it("replies in the ticket's thread, in its own channel whatever the thread names", async () => {
    await chat.post({ ...message, thread: { channel: 'C0OTHER', ts: '1700000000.000001' } });
    expect(slack.messages[0]).toMatchObject({
      channel: 'C0123456',
      thread_ts: '1700000000.000001',
    });
  });
});
