import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '#server/platform/db/transaction.js';
import { anAgency, aRoutingRule, aTip } from '#test/factories/index.js';
import {
  asAppRole,
  asDbaWithoutTrigger,
  auditRowCount,
  chainHeadOf,
  deleteAuditRow,
  deleteEveryAuditRow,
  editAuditRow,
  readAuditRows,
  swapAuditRows,
  truncateAuditLog,
  updateEveryAuditRow,
} from '#test/helpers/db-inspect.js';
import { createTestApp, type TestApp } from '#test/helpers/test-app.js';
import { AuditOutsideTransactionError } from './audit.repo.js';
import { verifyAuditChain, writeAudit } from './index.js';

const SYSTEM = { kind: 'system' } as const;

describe('audit: hash chain, append-only table, transactions', () => {
  // Every test tampers or writes: each gets its own freshly migrated database.
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  /** Six audited actions: three public tips (receive) and three system rows with details. */
  async function auditedActions(): Promise<number> {
    const agency = await anAgency(t.db);
    await aRoutingRule(t.db, { agencyId: agency.id });
    for (let n = 1; n <= 3; n += 1) {
      await aTip(t.db, t.sealer, t.clock.now());
      await inTransaction(t.db, (trx) =>
        writeAudit(trx, {
          actor: SYSTEM,
          action: 'synth.step',
          details: { n, nested: { b: 2, a: 1 } },
        }),
      );
    }
    return auditRowCount(t.db);
  }

  it('verifies an untouched chain after a series of audited actions', async () => {
    expect(await auditedActions()).toBe(6);
    expect(await verifyAuditChain(t.db)).toEqual({ rowCount: 6, firstBreak: null });
    expect((await readAuditRows(t.db)).map((row) => Number(row.seq))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reports an edited row as the first break, by its seq', async () => {
    await auditedActions();
    await asDbaWithoutTrigger(t.db, (db) => editAuditRow(db, 4, { details: { n: 99 } }));
    expect((await verifyAuditChain(t.db)).firstBreak).toEqual({ seq: 4, reason: 'row_hash' });
  });

  it('reports the first of two rows whose action alone was changed', async () => {
    await auditedActions();
    await asDbaWithoutTrigger(t.db, async (db) => {
      await editAuditRow(db, 5, { action: 'synth.innocent' });
      await editAuditRow(db, 3, { action: 'synth.innocent' });
    });
    expect((await verifyAuditChain(t.db)).firstBreak).toEqual({ seq: 3, reason: 'row_hash' });
  });

  it('reports a deleted middle row at the gap it leaves', async () => {
    await auditedActions();
    await asDbaWithoutTrigger(t.db, (db) => deleteAuditRow(db, 3));
    expect(await verifyAuditChain(t.db)).toEqual({
      rowCount: 5,
      firstBreak: { seq: 3, reason: 'gap' },
    });
  });

  it('reports two swapped rows at the first of them', async () => {
    await auditedActions();
    await asDbaWithoutTrigger(t.db, (db) => swapAuditRows(db, 2, 5));
    expect((await verifyAuditChain(t.db)).firstBreak).toEqual({ seq: 2, reason: 'prev_hash' });
  });

  it('reports a deleted last row through the chain head', async () => {
    await auditedActions();
    await asDbaWithoutTrigger(t.db, (db) => deleteAuditRow(db, 6));
    expect(await verifyAuditChain(t.db)).toEqual({
      rowCount: 5,
      firstBreak: { seq: 6, reason: 'head' },
    });
  });

  it('refuses a plain UPDATE, DELETE or TRUNCATE of audit rows through the trigger', async () => {
    await auditedActions();
    await expect(updateEveryAuditRow(t.db)).rejects.toThrow(/append-only/);
    await expect(deleteEveryAuditRow(t.db)).rejects.toThrow(/append-only/);
    await expect(truncateAuditLog(t.db)).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(t.db)).toEqual({ rowCount: 6, firstBreak: null });
  });

  it('refuses UPDATE and DELETE to the application role by grant, even with the trigger off', async () => {
    await auditedActions();
    await asDbaWithoutTrigger(t.db, async (db) => {
      await expect(asAppRole(db, updateEveryAuditRow)).rejects.toThrow(/permission denied/);
      await expect(asAppRole(db, deleteEveryAuditRow)).rejects.toThrow(/permission denied/);
    });
    expect(await verifyAuditChain(t.db)).toEqual({ rowCount: 6, firstBreak: null });
  });

  it('lets the application role read and append audit rows', async () => {
    await auditedActions();
    await asAppRole(t.db, async (trx) => {
      expect(await auditRowCount(trx)).toBe(6);
      await writeAudit(trx, { actor: SYSTEM, action: 'synth.as_app_role' });
    });
    expect(await verifyAuditChain(t.db)).toEqual({ rowCount: 7, firstBreak: null });
  });

  it('refuses to write an audit row outside a transaction', async () => {
    await expect(writeAudit(t.db, { actor: SYSTEM, action: 'synth.loose' })).rejects.toBeInstanceOf(
      AuditOutsideTransactionError,
    );
    expect(await auditRowCount(t.db)).toBe(0);
  });

  it('leaves no audit row when the audited write rolls back, and the chain still verifies', async () => {
    await auditedActions();
    const headBefore = await chainHeadOf(t.db);
    await expect(
      inTransaction(t.db, async (trx) => {
        await writeAudit(trx, { actor: SYSTEM, action: 'synth.rolled_back' });
        throw new Error('SYNTH failure after the audit row');
      }),
    ).rejects.toThrow('SYNTH failure');
    expect(await auditRowCount(t.db)).toBe(6);
    expect(await chainHeadOf(t.db)).toEqual(headBefore);
    await inTransaction(t.db, (trx) => writeAudit(trx, { actor: SYSTEM, action: 'synth.after' }));
    expect(await verifyAuditChain(t.db)).toEqual({ rowCount: 7, firstBreak: null });
  });
});
