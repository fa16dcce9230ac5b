import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startAppWorld, STATUS_SECRET, type AppWorld } from './app-world.js';

let world: AppWorld;
beforeEach(async () => {
  world = await startAppWorld({ logLevel: 'info' });
});
afterEach(() => world.stop());

describe("the app's request log", () => {
  it('never holds the status secret, from the query, the header or the cookie', async () => {
    const login = await fetch(`${world.app.url}/status?key=${STATUS_SECRET}`, {
      redirect: 'manual',
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).not.toBe('');
    await fetch(`${world.app.url}/status`, { headers: { cookie } });
    await fetch(`${world.app.url}/healthz/details`, {
      headers: { authorization: `Bearer ${STATUS_SECRET}` },
    });
    const logged = JSON.stringify(world.logs);
    expect(logged).toContain('/status');
    expect(logged).not.toContain(STATUS_SECRET);
    expect(logged).not.toContain(cookie.split('=')[1]!);
  });
});
