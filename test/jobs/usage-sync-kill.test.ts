/**
 * kill -9 in the middle of a sync (a child process), then a restart: the next sync ends with exactly the source's rows
 * and totals. The child's lease expires (it can no longer renew it) and the next run takes over from the last
 * finished window's high-water mark.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { fixedClock } from '../../bot/clock';
import { FakeGraphServer } from '../support/fake-graph/fake-graph-server';
import { generateGraphRows } from '../support/fake-graph/graph-rows';
import { azuriteConnectionString, ROOT_DIR, uniqueTablePrefix } from '../support/service';
import { normalizeAll, sourceTotals, TENANT, usageHarness } from '../usage/usage-harness';
import { syncJobFor } from './sync-harness';

const NOW = '2026-10-01T00:00:00Z';
// Long enough for the child to renew on a busy CI machine (1.5 s lost the lease there), short enough to wait out.
const LEASE_MS = 8_000;

it('resumes with exact totals after the sync is killed with SIGKILL', async () => {
  const outfile = path.join(ROOT_DIR, 'dist', 'test-runners', 'sync-child.cjs');
  buildSync({ entryPoints: [path.join(__dirname, 'sync-child.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'warning' });

  const prefix = uniqueTablePrefix();
  const h = await usageHarness({ prefix, clock: fixedClock(NOW), leaseTtlMs: LEASE_MS });
  const rows = generateGraphRows({ count: 6_000, from: new Date('2026-09-11T00:00:00Z'), to: new Date('2026-09-30T00:00:00Z'), seed: 21, lagHours: [0, 0] });
  const graph = new FakeGraphServer({ rows, pageSize: 200 });
  await graph.start();
  try {
    const child = spawn(process.execPath, [outfile], {
      cwd: ROOT_DIR,
      env: { ...process.env, CHILD_AZURITE: azuriteConnectionString(), CHILD_PREFIX: prefix, CHILD_NOW: NOW, CHILD_LEASE_MS: String(LEASE_MS), CHILD_GRAPH: graph.baseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    // Kill it while it works on the second of three windows: some rows written, some roll-ups not.
    graph.onPage = (page) => {
      if (page === 14) child.kill('SIGKILL');
    };
    const exit = await new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    expect({ exit, syncing: output.includes('syncing') }).toEqual({ exit: { code: null, signal: 'SIGKILL' }, syncing: true });
    expect(output).not.toContain('done');

    const partial = await h.calls.listStartedBefore(TENANT, '9999-12-31');
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(rows.length);
    const state = await h.state.getGraph(TENANT);
    expect(state.lastSuccessAt).toBeNull();

    // The restarted service: busy until the dead child's lease runs out, then a full, exact sync.
    // The dead child's lease is short so it expires soon; the restarted instance holds a normal one, so a busy
    // machine's late renewal cannot abort the run being checked.
    const restarted = await usageHarness({ prefix, clock: fixedClock(NOW), leaseTtlMs: 30_000 });
    const job = syncJobFor(restarted, graph.baseUrl, { holderId: 'restarted' });
    let outcome = await job.syncTenant(TENANT);
    for (let i = 0; outcome.outcome === 'busy' && i < 250; i += 1) {
      await new Promise((r) => setTimeout(r, 200));
      outcome = await job.syncTenant(TENANT);
    }
    expect({ outcome, lastError: (await h.state.getGraph(TENANT)).lastError }).toMatchObject({ outcome: { outcome: 'synced' }, lastError: null });

    const stored = await h.calls.listStartedBefore(TENANT, '9999-12-31');
    expect(stored).toHaveLength(rows.length);
    const source = sourceTotals(normalizeAll(rows.map(({ _availableAt, ...r }) => r)));
    const answer = await h.queries.query({ tenantId: TENANT, range: { from: '2026-09-01', to: '2026-09-30' }, groupBy: 'day', filter: {}, top: 10 });
    if (!answer.ok) throw new Error(answer.problem);
    const t = answer.answer.aggregate.totals;
    expect({ calls: t.calls, seconds: t.seconds, total: t.charge + t.connection }).toEqual(source);
  } finally {
    await graph.stop();
    await h.drop();
  }
}, 120_000);
