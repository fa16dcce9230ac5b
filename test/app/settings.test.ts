import { describe, expect, it } from '@jest/globals';
import { parseRoutes, readSettings } from '../../src/app/settings.js';

const KEY = '-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----';

describe('the app settings', () => {
  it("reads Probot's variables and specgate's own", () => {
    const settings = readSettings(
      {
        APP_ID: '42',
        WEBHOOK_SECRET: 's',
        PORT: '8080',
        GHE_HOST: 'github.example.com',
        JIRA_WEBHOOK_SECRET: 'j',
        JIRA_ROUTES: 'ABC=acme/api, [web]=acme/web',
        JIRA_TRIGGER_STATUS: 'Ready for spec',
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_CHANNEL: 'C1',
      },
      KEY,
    );
    expect(settings).toMatchObject({
      appId: '42',
      port: 8080,
      webhookPath: '/api/github/webhooks',
      githubApiUrl: 'https://github.example.com/api/v3',
      workflowFile: 'specgate.yml',
      inputs: { 'slack-token': 'xoxb-1', 'slack-channel': 'C1' },
      jira: {
        label: 'specgate',
        status: 'Ready for spec',
        routes: [
          { match: { project: 'ABC' }, owner: 'acme', repo: 'api' },
          { match: { prefix: 'web' }, owner: 'acme', repo: 'web' },
        ],
      },
    });
    expect(settings.slack).toBeUndefined();
    expect(settings.statusSecret).toBeUndefined();
  });

  it('names every problem a person must fix', () => {
    expect(() => readSettings({ APP_ID: '42', WEBHOOK_SECRET: 's' }, undefined)).toThrow(
      /PRIVATE_KEY or PRIVATE_KEY_PATH/,
    );
    expect(() => readSettings({ WEBHOOK_SECRET: 's' }, KEY)).toThrow(/APP_ID/);
    expect(() =>
      readSettings({ APP_ID: '1', WEBHOOK_SECRET: 's', STATUS_PAGE_SECRET: 'short' }, KEY),
    ).toThrow(/STATUS_PAGE_SECRET: at least 16/);
    const problems: string[] = [];
    expect(parseRoutes('abc=acme/api, ABC=nowhere, [x]=a/b', problems)).toEqual([
      { match: { prefix: 'x' }, owner: 'a', repo: 'b' },
    ]);
    expect(problems).toHaveLength(2);
  });
});
