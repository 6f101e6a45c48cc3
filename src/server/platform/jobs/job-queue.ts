import PgBoss from 'pg-boss';

/** A periodic job: pg-boss runs it on its cron schedule with the application clock. */
export type Sweep = { name: string; cron: string; run: (now: Date) => Promise<unknown> };

export type JobQueue = {
  /** Runs a sweep now (operators, tests), through the queue like the scheduler does. */
  trigger: (name: string) => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * Durable jobs in the application's own database (pg-boss, no LISTEN: works on PGlite and
 * PostgreSQL alike). Jobs survive restarts, retry with backoff, and several server instances
 * share the work without running a sweep twice at the same time.
 */
export async function startJobQueue(options: {
  executeSql: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>;
  sweeps: readonly Sweep[];
  now: () => Date;
  onError: (error: Error) => void;
  pollingIntervalSeconds?: number;
}): Promise<JobQueue> {
  const boss = new PgBoss({
    db: { executeSql: options.executeSql as PgBoss.Db['executeSql'] },
    schema: 'pgboss',
    // The embedded database has one connection: keep maintenance light.
    supervise: true,
    schedule: true,
  });
  boss.on('error', options.onError);
  await boss.start();
  for (const sweep of options.sweeps) {
    await boss.createQueue(sweep.name, {
      name: sweep.name,
      policy: 'singleton',
      retryLimit: 3,
      retryBackoff: true,
    });
    await boss.schedule(sweep.name, sweep.cron);
    await boss.work(
      sweep.name,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 10 },
      async () => {
        await sweep.run(options.now());
      },
    );
  }
  return {
    trigger: async (name) => {
      await boss.send(name, {});
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
