import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app.js';
import { newId } from '#server/platform/db/ids.js';
import { toJsonb } from '#server/platform/db/json.js';
import type { Db } from '#server/platform/db/schema.js';
import { anAgency, aRoutingRule, aTip } from '#test/factories/index.js';
import { aProvider, aReferral } from '#test/factories/referrals.js';
import { A_VICTIM, aVictimCaseWorld } from '#test/factories/victims.js';
import { openTestDatabase, type TestDatabase } from '#test/helpers/test-database.js';
import { allowResealingInTransaction, listSealedColumnsInSchema } from './key-rotation.repo.js';
import { keyStatus, resealAll } from './key-rotation.js';
import { sealerFor, type Keyring } from './keyring.js';
import { SEALED_COLUMNS } from './sealed-columns.js';
import type { Sealer } from './sealer.js';

const KEY_1 = randomBytes(32);
const KEY_2 = randomBytes(32);
const source = { kind: 'environment' } as const;
const KEYRING_1: Keyring = { keys: new Map([[1, KEY_1]]), currentKeyId: 1, source };
const KEYRING_2: Keyring = {
  keys: new Map([
    [1, KEY_1],
    [2, KEY_2],
  ]),
  currentKeyId: 2,
  source,
};
const PLAIN_TEXTS = ['SYNTH location near the port', 'Salma', 'SYNTH123456', 'SYNTH staff note'];

type SealedValue = { column: string; value: Buffer };

/** Every non-null sealed value of the database, with its `table.column`. */
async function allSealedValues(db: Db): Promise<SealedValue[]> {
  const found: SealedValue[] = [];
  for (const entry of SEALED_COLUMNS) {
    for (const column of entry.sealedColumns) {
      const { rows } = await sql<{ value: Buffer }>`
        SELECT ${sql.ref(column)} AS value FROM ${sql.table(entry.table)}
        WHERE ${sql.ref(column)} IS NOT NULL`.execute(db);
      found.push(...rows.map((row) => ({ column: `${entry.table}.${column}`, value: row.value })));
    }
  }
  return found;
}

async function rawRowsText(db: Db): Promise<string> {
  const tables = SEALED_COLUMNS.map((entry) => entry.table);
  let text = '';
  for (const table of tables) {
    const { rows } = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`.execute(
      db,
    );
    for (const row of rows) {
      for (const value of Object.values(row)) {
        text += Buffer.isBuffer(value) ? value.toString('latin1') : JSON.stringify(value);
      }
    }
  }
  return text;
}

/** A victim recorded through the API (so its blind index is computed), plus its case world. */
async function recordVictimThroughApi(db: Db, sealer: Sealer) {
  const now = new Date();
  const { app } = await buildApp({
    db,
    sealer,
    nodeCountry: 'LBY',
    now: () => now,
    logLevel: 'silent',
  });
  try {
    const world = await aVictimCaseWorld(db, sealer, now);
    const url = `/api/cases/${world.kase.id}/victim`;
    const created = await app.inject({
      method: 'POST',
      url,
      headers: world.caseWorker.headers,
      payload: A_VICTIM,
    });
    expect(created.statusCode, created.body).toBe(201);
    const read = await app.inject({ url, headers: world.caseWorker.headers });
    expect(read.statusCode, read.body).toBe(200);
    return { world, victim: read.json<{ possibleDuplicateCount: number }>() };
  } finally {
    await app.close();
  }
}

/** Values sealed with key 1 in tips, users, victims, referrals and an append-only referral event. */
async function sealEverythingWithKey1(db: Db) {
  const sealer = sealerFor(KEYRING_1);
  const agency = await anAgency(db);
  await aRoutingRule(db, { agencyId: agency.id });
  await aTip(db, sealer, new Date(), { reporterContact: { name: 'SYNTH Reporter' } });
  const { world } = await recordVictimThroughApi(db, sealer);
  const provider = await aProvider(db, { agencyId: world.care.id });
  const referral = await aReferral(db, sealer, {
    caseId: world.kase.id,
    referringAgencyId: world.care.id,
    providerId: provider.id,
    receivingAgencyId: world.care.id,
    sentByUserId: world.caseWorker.id,
  });
  await db
    .insertInto('referral_event')
    .values({
      id: newId(),
      referral_id: referral.id,
      occurred_at: new Date(),
      type: 'sent',
      actor_user_id: world.caseWorker.id,
      actor_agency_id: world.care.id,
      data: toJsonb({}),
      note_sealed: sealer.seal('SYNTH staff note'),
    })
    .execute();
}

describe('data key rotation', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await openTestDatabase();
  });
  afterEach(async () => {
    await database.close();
  });

  it('lists every *_sealed bytea column of the schema in the registry (and nothing else)', async () => {
    const listed = SEALED_COLUMNS.flatMap((entry) =>
      entry.sealedColumns.map((column) => `${entry.table}.${column}`),
    ).sort();
    expect(await listSealedColumnsInSchema(database.db)).toEqual(listed);
  });

  it('re-seals every value under key 2, which still opens to the same text', async () => {
    const db = database.db;
    await sealEverythingWithKey1(db);
    const before = await allSealedValues(db);
    const opener = sealerFor(KEYRING_2);
    expect(before.map((sealed) => sealed.value[1])).not.toContain(2);

    const result = await resealAll(db, KEYRING_2);

    const after = await allSealedValues(db);
    expect(after.length).toBe(before.length);
    expect(result).toMatchObject({ keyId: 2, valuesResealed: before.length });
    expect(after.filter((sealed) => sealed.value[1] !== 2)).toEqual([]);
    const texts = (values: SealedValue[]) =>
      values.map((sealed) => `${sealed.column}=${opener.openText(sealed.value)}`).sort();
    expect(texts(after)).toEqual(texts(before));
    expect(new Set(after.map((sealed) => sealed.column))).toContain('referral_event.note_sealed');
    const raw = await rawRowsText(db);
    for (const plain of PLAIN_TEXTS) expect(raw).not.toContain(plain);
  });

  it('keeps blind indexes valid: a duplicate recorded after the rotation is found', async () => {
    const db = database.db;
    await recordVictimThroughApi(db, sealerFor(KEYRING_1));
    await resealAll(db, KEYRING_2);
    const second = await recordVictimThroughApi(db, sealerFor(KEYRING_2));
    expect(second.victim.possibleDuplicateCount).toBe(1);
    const indexes = await db.selectFrom('victim').select('identity_blind_index').execute();
    expect(new Set(indexes.map((row) => row.identity_blind_index)).size).toBe(1);
  });

  it('still refuses any other change of an append-only referral event while re-sealing', async () => {
    const db = database.db;
    await sealEverythingWithKey1(db);
    const change = db.transaction().execute(async (trx) => {
      await allowResealingInTransaction(trx);
      await trx.updateTable('referral_event').set({ type: 'cancelled' }).execute();
    });
    await expect(change).rejects.toThrow(/referral_event is append-only/);
  });

  it('writes one system audit row with counts only', async () => {
    const db = database.db;
    await sealEverythingWithKey1(db);
    const result = await resealAll(db, KEYRING_2);
    const rows = await db
      .selectFrom('audit_log')
      .select(['actor_kind', 'details'])
      .where('action', '=', 'keys.rotate')
      .execute();
    expect(rows).toEqual([{ actor_kind: 'system', details: { ...result, isComplete: true } }]);
    expect(Object.values(result.rowsByTable).every((count) => count > 0)).toBe(true);
  });

  it('reports how many values each key seals', async () => {
    const db = database.db;
    await sealEverythingWithKey1(db);
    const total = (await allSealedValues(db)).length;
    expect(await keyStatus(db, KEYRING_2)).toEqual([
      { keyId: 1, valueCount: total, isInKeyring: true },
      { keyId: 2, valueCount: 0, isInKeyring: true },
    ]);
    await resealAll(db, KEYRING_2);
    expect(await keyStatus(db, KEYRING_2)).toEqual([
      { keyId: 1, valueCount: 0, isInKeyring: true },
      { keyId: 2, valueCount: total, isInKeyring: true },
    ]);
  });

  it('fails clearly on a value sealed with a key missing from the keyring, and audits it', async () => {
    const db = database.db;
    const agency = await anAgency(db);
    await aRoutingRule(db, { agencyId: agency.id });
    const keyring3: Keyring = {
      keys: new Map([
        [1, KEY_1],
        [3, randomBytes(32)],
      ]),
      currentKeyId: 3,
      source,
    };
    await aTip(db, sealerFor(keyring3), new Date());

    await expect(resealAll(db, KEYRING_2)).rejects.toThrow(
      /Cannot re-seal tip\.\w+_sealed of row [0-9a-f-]{36}: Sealed with data key 3, which is not in the keyring/,
    );
    const audit = await db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'keys.rotate')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ isComplete: false, valuesResealed: 0 });
    expect(await keyStatus(db, KEYRING_2)).toContainEqual(
      expect.objectContaining({ keyId: 3, isInKeyring: false }),
    );
  });
});
