import { writeAudit } from '../audit/index.js';
import type { Db } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import {
  allowResealingInTransaction,
  countSealedValuesByKey,
  listSealedColumnsInSchema,
  lockRowsNotUnderKey,
  updateSealedValues,
  type SealedRow,
} from './key-rotation.repo.js';
import { sealerFor, type Keyring } from './keyring.js';
import { SEALED_COLUMNS, type SealedTable } from './sealed-columns.js';
import { SealError, type Sealer } from './sealer.js';

export class KeyRotationError extends Error {
  override name = 'KeyRotationError';
}

export type ResealResult = {
  keyId: number;
  rowsResealed: number;
  valuesResealed: number;
  /** Rows re-sealed per table; counts only, never ids or values. */
  rowsByTable: Record<string, number>;
};

/** Fails when the schema holds a sealed column the registry does not list (it would stay behind). */
export async function assertRegistryCoversSchema(
  db: Db,
  registry: readonly SealedTable[] = SEALED_COLUMNS,
): Promise<void> {
  const listed = new Set(
    registry.flatMap((entry) => entry.sealedColumns.map((column) => `${entry.table}.${column}`)),
  );
  const missing = (await listSealedColumnsInSchema(db)).filter((column) => !listed.has(column));
  if (missing.length > 0) {
    throw new KeyRotationError(
      `Sealed columns missing from sealed-columns.ts: ${missing.join(', ')}. Nothing re-sealed.`,
    );
  }
}

function resealRow(sealer: Sealer, keyId: number, entry: SealedTable, row: SealedRow) {
  const changed: Record<string, Buffer> = {};
  for (const [column, value] of Object.entries(row.values)) {
    if (!value || value[1] === keyId) continue;
    try {
      changed[column] = sealer.seal(sealer.open(value));
    } catch (error) {
      const reason = error instanceof SealError ? error.message : 'it does not open';
      throw new KeyRotationError(
        `Cannot re-seal ${entry.table}.${column} of row ${row.id}: ${reason}`,
      );
    }
  }
  return changed;
}

/** Re-seals one batch of one table in its own transaction; returns [rows, values] re-sealed. */
async function resealBatch(
  db: Db,
  sealer: Sealer,
  keyId: number,
  entry: SealedTable,
  batchSize: number,
): Promise<[number, number]> {
  return inTransaction(db, async (trx) => {
    await allowResealingInTransaction(trx);
    const rows = await lockRowsNotUnderKey(trx, entry, keyId, batchSize);
    let values = 0;
    for (const row of rows) {
      const changed = resealRow(sealer, keyId, entry, row);
      values += Object.keys(changed).length;
      await updateSealedValues(trx, entry, row.id, changed);
    }
    return [rows.length, values];
  });
}

/**
 * Re-seals every sealed value that is not under the keyring's current key, table by table in
 * batches (one transaction each, so locks stay short and an interrupted run resumes where it
 * stopped), then writes one `keys.rotate` audit row, also when a batch fails.
 */
export async function resealAll(
  db: Db,
  keyring: Keyring,
  options: { batchSize?: number; now?: Date; registry?: readonly SealedTable[] } = {},
): Promise<ResealResult> {
  const registry = options.registry ?? SEALED_COLUMNS;
  const batchSize = options.batchSize ?? 200;
  const sealer = sealerFor(keyring);
  const result: ResealResult = {
    keyId: keyring.currentKeyId,
    rowsResealed: 0,
    valuesResealed: 0,
    rowsByTable: {},
  };
  await assertRegistryCoversSchema(db, registry);
  let failure: Error | null = null;
  try {
    for (const entry of registry) {
      for (;;) {
        const [rows, values] = await resealBatch(db, sealer, result.keyId, entry, batchSize);
        if (rows === 0) break;
        result.rowsResealed += rows;
        result.valuesResealed += values;
        result.rowsByTable[entry.table] = (result.rowsByTable[entry.table] ?? 0) + rows;
      }
    }
  } catch (error) {
    failure = error instanceof Error ? error : new KeyRotationError(String(error));
  }
  await inTransaction(db, (trx) =>
    writeAudit(trx, {
      actor: { kind: 'system' },
      action: 'keys.rotate',
      details: { ...result, isComplete: failure === null },
      ...(options.now ? { now: options.now } : {}),
    }),
  );
  if (failure !== null) throw failure;
  return result;
}

export type KeyStatus = { keyId: number; valueCount: number; isInKeyring: boolean }[];

/** Every key of the keyring and every key id found in sealed values, with its value count. */
export async function keyStatus(
  db: Db,
  keyring: Keyring,
  registry: readonly SealedTable[] = SEALED_COLUMNS,
): Promise<KeyStatus> {
  const counts = await countSealedValuesByKey(db, registry);
  const ids = new Set([...keyring.keys.keys(), ...counts.keys()]);
  return [...ids]
    .sort((a, b) => a - b)
    .map((keyId) => ({
      keyId,
      valueCount: counts.get(keyId) ?? 0,
      isInKeyring: keyring.keys.has(keyId),
    }));
}
