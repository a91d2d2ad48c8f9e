/** Starts Azurite and the real service (local mode, quiet logs) for a benchmark process. */
import path from 'node:path';
import { startAzurite } from '../../../bot/store/azurite';
import { loadConfig } from '../../../bot/config';
import { createLogger } from '../../../bot/logger';
import { startApp, type RunningApp } from '../../../bot/index';

export interface BenchService {
  app: RunningApp;
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startBenchService(env: Record<string, string> = {}): Promise<BenchService> {
  const azurite = await startAzurite();
  const rootDir = path.resolve(__dirname, '..', '..', '..');
  const config = loadConfig(
    { MODE: 'local', PORT: '0', STORAGE_CONNECTION_STRING: azurite.connectionString, DEMO_USAGE: 'small', LOG_LEVEL: 'warn', ...env },
    { version: 'bench', rootDir },
  );
  const app = await startApp({ config, logger: createLogger({ level: 'warn' }) });
  return {
    app,
    baseUrl: `http://127.0.0.1:${app.port}`,
    stop: async () => {
      await app.stop();
      await azurite.stop();
    },
  };
}
