// Tip intake and triage-queue latency through the full HTTP stack (validation, routing, sealing,
// audit chain), plus audit-chain verification speed. Usage:
//   npm run bench:tips -- --tips 500            (embedded PGlite, in memory)
//   DATABASE_URL=postgres://… npm run bench:tips (PostgreSQL; creates and drops a scratch database)
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { buildApp } from '#server/app.js';
import { verifyAuditChain } from '#server/platform/audit/index.js';
import { createSealer } from '#server/platform/crypto/sealer.js';
import { openPglite, openPostgres, type DatabaseHandle } from '#server/platform/db/database.js';
import { migrate } from '#server/platform/db/migrate.js';
import { seedDemo } from '#server/seed/demo-seed.js';

const { values } = parseArgs({ options: { tips: { type: 'string', default: '300' } } });
const tipCount = Number(values.tips);
const commit = execSync('git rev-parse --short HEAD').toString().trim();
const url = process.env.DATABASE_URL;

async function openBenchDatabase(): Promise<{
  handle: DatabaseHandle;
  kind: string;
  drop: () => Promise<void>;
}> {
  if (!url)
    return { handle: await openPglite({ memory: true }), kind: 'pglite', drop: async () => {} };
  const name = `tansiq_bench_${randomBytes(4).toString('hex')}`;
  const admin = openPostgres(url, 1);
  await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin.db);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    handle: openPostgres(target.toString()),
    kind: 'postgres',
    drop: async () => {
      await sql`DROP DATABASE ${sql.id(name)} WITH (FORCE)`.execute(admin.db);
      await admin.close();
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function emit(metric: string, value: number, unit: string, n: number, db: string): void {
  const line = { bench: 'tips', metric, value: Math.round(value * 100) / 100, unit, n, db, commit };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

const { handle, kind, drop } = await openBenchDatabase();
try {
  await migrate(handle.db);
  const sealer = createSealer(new Map([[1, randomBytes(32)]]), 1);
  await seedDemo(handle.db, sealer, new Date());
  const { app } = await buildApp({
    db: handle.db,
    sealer,
    nodeCountry: 'LBY',
    logLevel: 'silent',
    rateLimits: { publicTipsPerMinute: 1_000_000 },
  });
  const intake: number[] = [];
  for (let i = 0; i < tipCount; i += 1) {
    const started = performance.now();
    const res = await app.inject({
      method: 'POST',
      url: '/api/public/tips',
      payload: {
        whatWasSeen: `SYNTH bench tip number ${String(i)} seen near the port`,
        childInvolved: i % 7 === 0,
      },
    });
    if (res.statusCode !== 201) throw new Error(`tip intake answered ${String(res.statusCode)}`);
    intake.push(performance.now() - started);
  }
  intake.sort((a, b) => a - b);
  emit('tip_intake_p50_ms', percentile(intake, 50), 'ms', tipCount, kind);
  emit('tip_intake_p95_ms', percentile(intake, 95), 'ms', tipCount, kind);

  const started = performance.now();
  const result = await verifyAuditChain(handle.db);
  const elapsedMs = performance.now() - started;
  if (result.firstBreak) throw new Error('audit chain broken during the bench');
  emit(
    'audit_verify_rows_per_s',
    (result.rowCount / elapsedMs) * 1000,
    'rows/s',
    result.rowCount,
    kind,
  );
  await app.close();
} finally {
  await handle.close();
  await drop();
}
