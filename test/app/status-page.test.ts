import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { addSpecPull, startAppWorld, STATUS_SECRET, type AppWorld } from './app-world.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HOSTILE = `<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>`;

let world: AppWorld;
let browser: Browser;

/** An expression evaluated in the page (kept as text: the tests are compiled without the DOM's types). */
async function inPage<T>(page: Page, expression: string): Promise<T> {
  return (await page.evaluate(expression)) as T;
}

const describeWithBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

describeWithBrowser(`the status page in headless Chromium (${CHROMIUM})`, () => {
  beforeAll(async () => {
    world = await startAppWorld();
    world.github.addIssue({ title: 'Fix login' });
    world.github.addIssue({ title: 'Other' });
    addSpecPull(world.github, 1, {
      jiraKey: 'ABC-12',
      slack: { channel: 'C0123456', ts: '1700000000.000100' },
      spent: { promptTokens: 1200, completionTokens: 300, costUsd: 0.42 },
    });
    const hostile = addSpecPull(world.github, 2, { state: 'QA_FAILED' });
    world.github.addPull({ title: 'Not specgate', head: 'feature/x' });
    // Someone edits the title of a spec pull request: untrusted text.
    await fetch(`${world.github.url}/repos/Codertocat/Hello-World/pulls/${hostile.number}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: HOSTILE }),
    });
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await world?.stop();
  });

  it('refuses a request without the secret, or with a wrong one', async () => {
    const page = await browser.newPage();
    for (const path of ['/status', '/status?key=wrong-secret-0123456789']) {
      const response = await page.goto(`${world.app.url}${path}`);
      expect(response?.status()).toBe(401);
      const text = await inPage<string>(page, 'document.body.innerText');
      expect(text).not.toContain('ABC-12');
    }
    await page.close();
  });

  it('shows open tickets by state with their links, age and spend, on a phone', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const response = await page.goto(`${world.app.url}/status?key=${STATUS_SECRET}`);
    expect(response?.status()).toBe(200);
    // The key leaves the address; an HttpOnly cookie carries the access.
    expect(new URL(page.url()).search).toBe('');
    expect(await inPage<string>(page, 'document.cookie')).toBe('');
    const headings = await inPage<string[]>(
      page,
      `[...document.querySelectorAll('h2')].map((h) => h.textContent)`,
    );
    expect(headings).toEqual(
      expect.arrayContaining(['AWAITING_SPEC_APPROVAL (1)', 'QA_FAILED (1)', 'Integrations']),
    );
    const links = await inPage<string[]>(
      page,
      `[...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))`,
    );
    expect(links).toEqual(
      expect.arrayContaining([
        'https://github.com/Codertocat/Hello-World/issues/1',
        'https://github.com/Codertocat/Hello-World/pull/3',
        `${world.jira.url}/browse/ABC-12`,
        'https://slack.com/archives/C0123456/p1700000000000100',
      ]),
    );
    const text = await inPage<string>(page, 'document.body.innerText');
    expect(text).toContain('$0.42');
    expect(text).toContain('3 h');
    expect(text).not.toContain('Not specgate');
    // Untrusted text is shown as text, and nothing in it ran.
    expect(text).toContain('<script>window.pwned=2</script>');
    expect(await inPage<number | undefined>(page, 'window.pwned')).toBeUndefined();
    expect(dialogs).toBe(0);
    const overflow = await inPage<number>(
      page,
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // The cookie keeps working on the next visit.
    expect((await page.goto(`${world.app.url}/status`))?.status()).toBe(200);
    await page.close();
  });

  it('takes the secret as a bearer token', async () => {
    const withToken = await fetch(`${world.app.url}/status`, {
      headers: { authorization: `Bearer ${STATUS_SECRET}` },
    });
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('degrades when GitHub cannot be reached: it answers, naming what could not be read', async () => {
    const down = await startAppWorld({ settings: { githubApiUrl: 'http://127.0.0.1:9/api/v3' } });
    try {
      const page = await browser.newPage();
      const response = await page.goto(`${down.app.url}/status?key=${STATUS_SECRET}`);
      expect(response?.status()).toBe(200);
      const text = await inPage<string>(page, 'document.body.innerText');
      expect(text).toMatch(/GitHub: the installations could not be read|GitHub did not answer/);
      await page.close();
    } finally {
      await down.stop();
    }
  });
});
