import { join } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from '#shared/domain/demo-accounts.js';
import { buildApp } from '../app.js';
import type { AppConfig } from '../config.js';
import type { TestClockControl } from '../features/dev-clock/index.js';
import { startJobQueue, type Sweep } from '../platform/jobs/job-queue.js';
import { openRuntime } from '../runtime.js';
import { deadlineSweeps } from '../sweeps.js';
import { NEIGHBOUR_DEMO_EMAIL, seedDemo } from '../seed/demo-seed.js';

export const WEB_ROOT = join(import.meta.dirname, '../../../dist/web');

function printDemoLogins(print: (line: string) => void): void {
  print('Demo accounts (synthetic data; every account uses the same password and TOTP secret):');
  for (const account of DEMO_ACCOUNTS) print(`  ${account.role.padEnd(26)} ${account.email}`);
  print(`  ${'national_coordinator (TUN)'.padEnd(26)} ${NEIGHBOUR_DEMO_EMAIL}`);
  print(`  password:    ${DEMO_PASSWORD}`);
  print(
    `  TOTP secret: ${DEMO_TOTP_SECRET} (add it to an authenticator app, or: npx tansiq demo totp)`,
  );
}

/**
 * The clock of the whole node (requests and job queue). A demo or end-to-end node
 * (TANSIQ_TEST_CLOCK) may move it forward and run the deadline sweeps at the new time.
 */
function nodeClock(
  isMovable: boolean,
  sweeps: readonly Sweep[],
): { clock: () => Date; testClock: TestClockControl | null } {
  let offsetMs = 0;
  const clock = () => new Date(Date.now() + offsetMs);
  if (!isMovable) return { clock, testClock: null };
  return {
    clock,
    testClock: {
      advanceMs: (ms) => {
        offsetMs += ms;
      },
      runSweeps: async (at) => {
        for (const sweep of sweeps) await sweep.run(at);
      },
    },
  };
}

/** Starts the server; closes the database cleanly on SIGINT/SIGTERM so no write is lost. */
export async function serve(config: AppConfig, print: (line: string) => void): Promise<void> {
  const runtime = await openRuntime(config);
  let isClosing = false;
  try {
    const sweeps = deadlineSweeps(runtime.database.db);
    const { clock, testClock } = nodeClock(config.testClock, sweeps);
    const now = clock();
    const seeded =
      config.seedDemoOnEmpty && (await seedDemo(runtime.database.db, runtime.sealer, now));
    const { app } = await buildApp({
      db: runtime.database.db,
      sealer: runtime.sealer,
      nodeCountry: config.nodeCountry,
      logLevel: config.logLevel,
      trustProxy: config.trustProxy,
      session: {
        cookieSecure: config.cookieSecure,
        idleMinutes: config.sessionIdleMinutes,
        maxHours: config.sessionMaxHours,
      },
      webRoot: WEB_ROOT,
      now: clock,
      chromiumPath: config.chromiumPath,
      ...(testClock ? { testClock } : {}),
    });
    const jobs = await startJobQueue({
      executeSql: runtime.database.executeSql,
      sweeps,
      now: clock,
      onError: (error) => {
        app.log.error({ err: { type: error.name, message: error.message } }, 'job queue error');
      },
    });
    const shutdown = async (signal: string) => {
      if (isClosing) return;
      isClosing = true;
      print(`${signal} received: closing the server and the database`);
      await app.close();
      await jobs.stop();
      await runtime.close();
      print('Database closed. Bye.');
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    await app.listen({ port: config.port, host: config.host });
    print(`Tansiq is running on http://localhost:${String(config.port)} (${runtime.description})`);
    if (seeded) print('Loaded synthetic demo data into the empty database.');
    if (config.seedDemoOnEmpty) printDemoLogins(print);
  } catch (error) {
    await runtime.close();
    throw error;
  }
}
