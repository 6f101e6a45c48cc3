import { randomBytes } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '#server/app.js';
import { createSealer, type Sealer } from '#server/platform/crypto/sealer.js';
import type { Db } from '#server/platform/db/schema.js';
import type { RegisteredRoute } from '#server/platform/http/route-guard.js';
import { openTestDatabase, type TestDatabase } from './test-database.js';

/** The application clock of a test: real time plus an offset the test can move forward. */
export type TestClock = { now: () => Date; advanceMs: (ms: number) => void };

export function createTestClock(): TestClock {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    advanceMs: (ms) => {
      offsetMs += ms;
    },
  };
}

export type TestApp = {
  db: Db;
  database: TestDatabase;
  app: FastifyInstance;
  routes: RegisteredRoute[];
  sealer: Sealer;
  clock: TestClock;
  close: () => Promise<void>;
};

export type TestAppOptions = {
  logStream?: Writable;
  logLevel?: string;
  rateLimits?: { publicTipsPerMinute?: number; loginPerMinute?: number };
  /** Registers the demo clock route; the function stands for the node's deadline sweeps. */
  testClockSweeps?: (now: Date) => Promise<void>;
};

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const sealer = createSealer(new Map([[1, randomBytes(32)]]), 1);
  const clock = createTestClock();
  const { app, routes } = await buildApp({
    db: database.db,
    sealer,
    nodeCountry: 'LBY',
    now: clock.now,
    logLevel: options.logLevel ?? 'silent',
    ...(options.logStream ? { logStream: options.logStream } : {}),
    rateLimits: { publicTipsPerMinute: 10_000, loginPerMinute: 10_000, ...options.rateLimits },
    ...(options.testClockSweeps
      ? { testClock: { advanceMs: clock.advanceMs, runSweeps: options.testClockSweeps } }
      : {}),
  });
  return {
    db: database.db,
    database,
    app,
    routes,
    sealer,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/**
 * One app and database per test file. The returned object is filled in `beforeAll`, so tests
 * read `t.app`, `t.db` inside their bodies.
 */
export function useTestApp(options: TestAppOptions = {}): TestApp {
  const holder = {} as TestApp;
  beforeAll(async () => {
    Object.assign(holder, await createTestApp(options));
  });
  afterAll(async () => {
    await holder.close();
  });
  return holder;
}
