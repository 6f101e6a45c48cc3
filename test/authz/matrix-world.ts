import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '#shared/domain/roles.js';
import { buildApp } from '#server/app.js';
import { createSealer } from '#server/platform/crypto/sealer.js';
import { anAgency, aRoutingRule, aUser, type TestUser } from '#test/factories/index.js';
import { createTestClock, type TestApp } from '#test/helpers/test-app.js';
import { openTestDatabase } from '#test/helpers/test-database.js';

export type Call = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  payload?: Record<string, unknown>;
};
export type Headers = Record<string, string>;
/** Where an outsider comes from: another agency of the home country, or another country. */
export type Elsewhere = 'other_agency' | 'other_country';
export type Agency = { id: string; countryCode: string };

export type World = {
  t: TestApp;
  home: Agency;
  otherAgency: Agency;
  otherCountry: Agency;
  user: (
    from: 'home' | Elsewhere,
    roles: Role[],
    options?: { isMfaEnrolled?: boolean },
  ) => Promise<TestUser>;
  send: (call: Call, headers?: Headers) => Promise<LightMyRequestResponse>;
  unique: () => string;
};

/** A record built for one call: the subject is the home-agency user the record belongs to. */
export type Builder = (w: World, subject: TestUser) => Promise<Call>;

/** An outsider calling an item route on a home-agency record, and what they must get. */
export type Outsider = { role: Role; from: Elsewhere; expect: 404 | 403 | '2xx' };
/** An outsider reading a list: no row of the home agency (or country) may appear in it. */
export type LeakCheck = {
  role: Role;
  from: Elsewhere;
  isHomeRow: (w: World, item: Record<string, unknown>) => Promise<boolean>;
};

export type RoleRow = {
  kind: 'roles';
  /** The roles that get a 2xx; every other role in ROLES gets 403. */
  allow: readonly Role[];
  build: Builder;
  outsiders?: readonly Outsider[];
  leaks?: readonly LeakCheck[];
  /** Browser sessions only: an API token is refused (403) even with the action in scope. */
  isSessionOnly?: boolean;
};
export type PublicRow = { kind: 'public'; build: (w: World) => Promise<Call> };
/** Routes a session may use while it still waits for its second factor. */
export type PartialRow = {
  kind: 'partial_session';
  build: (w: World) => Promise<{ call: Call; headers: Headers }>;
};
export type MatrixRow = PublicRow | PartialRow | RoleRow;

export const bearer = (token: string): Headers => ({ authorization: `Bearer ${token}` });

/** The status as the matrix states it: any success is '2xx', anything else its number. */
export function outcome(statusCode: number): '2xx' | number {
  return statusCode >= 200 && statusCode < 300 ? '2xx' : statusCode;
}

/**
 * Like useTestApp, but with the built web app installed, so the route list is the production one
 * (including the static `GET /*` fallback).
 */
export function useMatrixApp(): TestApp {
  const holder = {} as TestApp;
  const webRoot = mkdtempSync(join(tmpdir(), 'tansiq-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>SYNTH</title>');
  beforeAll(async () => {
    const database = await openTestDatabase();
    const sealer = createSealer(new Map([[1, randomBytes(32)]]), 1);
    const clock = createTestClock();
    const { app, routes } = await buildApp({
      db: database.db,
      sealer,
      nodeCountry: 'LBY',
      now: clock.now,
      logLevel: 'silent',
      rateLimits: { publicTipsPerMinute: 100_000, loginPerMinute: 100_000 },
      webRoot,
    });
    Object.assign(holder, {
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
    } satisfies TestApp);
  });
  afterAll(async () => {
    await holder.close();
    rmSync(webRoot, { recursive: true, force: true });
  });
  return holder;
}

/** Three agencies: home and another one in LBY (the node's country), and one in TUN. */
export async function createWorld(t: TestApp): Promise<World> {
  const home = await anAgency(t.db, { name: 'SYNTH Home Agency' });
  const otherAgency = await anAgency(t.db, { name: 'SYNTH Other Agency', kind: 'victim_services' });
  const otherCountry = await anAgency(t.db, { country: 'TUN', name: 'SYNTH Foreign Agency' });
  await aRoutingRule(t.db, { agencyId: home.id });
  let counter = 0;
  const agencies = { home, other_agency: otherAgency, other_country: otherCountry };
  return {
    t,
    home,
    otherAgency,
    otherCountry,
    user: (from, roles, options = {}) =>
      aUser(t.db, t.sealer, { agencyId: agencies[from].id, roles, ...options }),
    send: (call, headers = {}) =>
      t.app.inject({
        method: call.method,
        url: call.url,
        headers,
        ...(call.payload ? { payload: call.payload } : {}),
      }),
    unique: () => `${String((counter += 1))}-${randomBytes(3).toString('hex')}`,
  };
}

/** The ids of every agency of a country, for leak checks on lists. */
export async function agencyIdsOf(w: World, countryCode: string): Promise<Set<string>> {
  const rows = await w.t.db
    .selectFrom('agency')
    .select('id')
    .where('country_code', '=', countryCode)
    .execute();
  return new Set(rows.map((row) => row.id));
}
