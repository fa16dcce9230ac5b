import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Redactor } from '../../src/core/redact.js';
import { JiraTracker } from '../../src/jira/jira-tracker.js';
import { NotifyBudget } from '../../src/notify/notify-budget.js';
import type { StageMessage } from '../../src/ports.js';
import { SlackChat } from '../../src/slack/slack-chat.js';
import { FakeJira } from '../../src/stand-ins/jira.js';
import { FakeSlack } from '../../src/stand-ins/slack.js';

const rateLimited = (retryAfter: string) => ({
  status: 429,
  headers: { 'retry-after': retryAfter },
  body: { ok: false, error: 'ratelimited' },
});
let slack: FakeSlack;
let jira: FakeJira;
beforeEach(async () => {
  slack = new FakeSlack();
  jira = new FakeJira([{ key: 'ABC-1', summary: 's', description: null }]);
  await Promise.all([slack.start(), jira.start()]);
});
afterEach(() => Promise.all([slack.stop(), jira.stop()]));

function services(budget: NotifyBudget) {
  const redactor = new Redactor([]);
  return {
    chat: new SlackChat(
      { token: 'xoxb-t', channel: 'C1', apiUrl: `${slack.url}/api/` },
      redactor,
      budget,
    ),
    tracker: new JiraTracker(
      { baseUrl: jira.url, email: 'bot@example.com', apiToken: 't' },
      redactor,
      budget,
    ),
  };
}

function news(title: string): StageMessage {
  return { stage: 'Spec ready', title, detail: 'd', ticket: {}, links: [] };
}

async function settle(calls: Promise<unknown>[]): Promise<string[]> {
  const results = await Promise.allSettled(calls);
  return results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'));
}

describe('one notification budget per run', () => {
  it('bounds the extra time of a run whose Slack answers 429 for ever', async () => {
    slack.answerAll(rateLimited('1'));
    const { chat } = services(new NotifyBudget(2));
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) outcomes.push(...(await settle([chat.post(news(`m${i}`))])));
    expect(outcomes.every((o) => o !== 'ok')).toBe(true);
    expect(outcomes.at(-1)).toMatch(
      /Slack was not told: .*2s notification budget.*notify-budget-seconds/,
    );
    // Waits are honoured while the budget lasts, then Slack is not called at all.
    expect(slack.requests.length).toBeLessThanOrEqual(4);
  }, 60_000);

  it('is shared by Slack and Jira, and spent by Jira 429s too', async () => {
    jira.answerAll({
      status: 429,
      headers: { 'retry-after': '1' },
      body: { errorMessages: ['slow'] },
    });
    const { chat, tracker } = services(new NotifyBudget(2));
    const jiraOutcomes = await settle([
      tracker.comment('ABC-1', 'a'),
      tracker.comment('ABC-1', 'b'),
    ]);
    const [slackOutcome] = await settle([chat.post(news('after'))]);
    expect(jiraOutcomes.every((o) => o !== 'ok')).toBe(true);
    expect(slackOutcome).toMatch(/budget/);
    expect(slack.requests).toHaveLength(0);
  }, 60_000);

  it('fails at once when the service asks for a wait longer than the budget', async () => {
    slack.answerAll(rateLimited('30'));
    const { chat } = services(new NotifyBudget(10));
    // At once: a 30 s wait would outlast the test's own timeout.
    const outcomes = await settle([chat.post(news('a'))]);
    const later = await settle([chat.post(news('b'))]);
    expect(outcomes[0]).not.toBe('ok');
    expect(later[0]).toMatch(/asked to wait 30s/);
    expect(slack.requests).toHaveLength(1);
  });

  it('charges nothing for answers that come at once', async () => {
    const budget = new NotifyBudget(2);
    const { chat, tracker } = services(budget);
    for (let i = 0; i < 5; i++) await chat.post(news(`m${i}`));
    await tracker.comment('ABC-1', 'hello');
    expect(budget.remainingMs).toBe(2000);
    expect(slack.messages).toHaveLength(5);
  });
});
