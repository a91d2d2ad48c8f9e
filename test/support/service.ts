/**
 * Starts the real service in this jest worker: local mode by default, on a random loopback port, storage on the
 * globalSetup's Azurite with a table prefix of its own, and the tab served from dist/tab.
 */
import path from 'node:path';
import { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { startApp, type RunningApp } from '../../bot/index';
import type { Clock } from '../../bot/clock';

export const ROOT_DIR = path.resolve(__dirname, '..', '..');

export interface TestService {
  baseUrl: string;
  app: RunningApp;
  /** Every log line the service wrote, for assertions about what is (not) logged. */
  logs: string[];
  stop(): Promise<void>;
}

export function uniqueTablePrefix(): string {
  return `t${randomBytes(5).toString('hex')}`;
}

export function azuriteConnectionString(): string {
  const cs = process.env.TEST_AZURITE_CONNECTION_STRING;
  if (!cs) throw new Error('TEST_AZURITE_CONNECTION_STRING is not set: the jest globalSetup starts Azurite');
  return cs;
}

export async function startTestService(options: { env?: Record<string, string>; clock?: Clock } = {}): Promise<TestService> {
  const env: Record<string, string> = {
    MODE: 'local',
    PORT: '0',
    STORAGE_CONNECTION_STRING: azuriteConnectionString(),
    TABLE_PREFIX: uniqueTablePrefix(),
    DEMO_USAGE: 'small',
    LOG_LEVEL: 'info',
    TAB_DIR: path.join(ROOT_DIR, 'dist', 'tab'),
    ...options.env,
  };
  const config = loadConfig(env, { version: 'test', rootDir: ROOT_DIR });
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, callback) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  const logger = createLogger({ level: config.logLevel, destination });
  const app = await startApp({ config, logger, ...(options.clock ? { clock: options.clock } : {}) });
  const baseUrl = `http://127.0.0.1:${app.port}`;
  return {
    baseUrl,
    app,
    logs,
    stop: async () => {
      await app.stop();
      await app.store.dropTables();
    },
  };
}
