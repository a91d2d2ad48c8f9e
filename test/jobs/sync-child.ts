/**
 * Runs one usage sync in a child process, for the kill -9 test: the parent kills it mid-sync and checks that the next
 * sync ends with exact totals. Configured by environment variables; prints progress on stdout.
 */
import { fixedClock } from '../../bot/clock';
import { TENANT, usageHarness } from '../usage/usage-harness';
import { syncJobFor } from './sync-harness';

async function main(): Promise<void> {
  process.env.TEST_AZURITE_CONNECTION_STRING = process.env.CHILD_AZURITE!;
  const h = await usageHarness({ prefix: process.env.CHILD_PREFIX!, clock: fixedClock(process.env.CHILD_NOW!), leaseTtlMs: Number(process.env.CHILD_LEASE_MS) });
  const job = syncJobFor(h, process.env.CHILD_GRAPH!, { holderId: 'child' });
  process.stdout.write('syncing\n');
  const outcome = await job.syncTenant(TENANT);
  process.stdout.write(`done ${JSON.stringify(outcome)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
