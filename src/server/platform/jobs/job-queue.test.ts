import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '#test/helpers/test-database.js';
import { startJobQueue, type JobQueue } from './job-queue.js';

describe('the job queue on the application database', () => {
  let database: TestDatabase;
  let queue: JobQueue;
  const runs: Date[] = [];
  const fixedNow = new Date('2026-01-02T03:04:05.000Z');

  beforeAll(async () => {
    database = await openTestDatabase();
    queue = await startJobQueue({
      executeSql: database.executeSql,
      sweeps: [{ name: 'synth-sweep', cron: '0 0 1 1 *', run: async (now) => runs.push(now) }],
      now: () => fixedNow,
      onError: (error) => {
        throw error;
      },
      pollingIntervalSeconds: 0.5,
    });
  }, 60_000);

  afterAll(async () => {
    await queue.stop();
    await database.close();
  });

  it('runs a triggered sweep through pg-boss with the application clock', async () => {
    await queue.trigger('synth-sweep');
    const deadline = Date.now() + 20_000;
    while (runs.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(runs).toEqual([fixedNow]);
  }, 30_000);
});
