import { getPrivateKey } from '@probot/get-private-key';
import { pino } from 'pino';
import { appLogOptions } from './log.js';
import { readSettings } from './settings.js';
import { startApp } from './server.js';

// The hosted app's entry: Probot's environment plus specgate's, then the server.
const log = pino(appLogOptions(process.env.LOG_LEVEL ?? 'info'));
try {
  const settings = readSettings(process.env, getPrivateKey({ env: process.env }) ?? undefined);
  const app = await startApp(settings, { log });
  const stop = () => void app.stop().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (error) {
  log.fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
