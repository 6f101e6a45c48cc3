import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '#server/platform/db/database.js';
import { runTansiq } from '#test/helpers/cli-process.js';
import { asDbaWithoutTrigger, auditRowCount, editAuditRow } from '#test/helpers/db-inspect.js';

// Runs the real CLI on its embedded database only (whatever TEST_DATABASE_URL says): the CLI's
// own PGlite data directory is what an operator verifies.
const dataDir = mkdtempSync(join(tmpdir(), 'tansiq-audit-cli-'));

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('tansiq audit verify (CLI, embedded database)', () => {
  it('migrates and seeds a fresh data directory', async () => {
    const migrate = await runTansiq(['db', 'migrate'], dataDir);
    expect(migrate.stderr).toBe('');
    expect(migrate.code).toBe(0);
    const seed = await runTansiq(['demo', 'seed'], dataDir);
    expect(seed.code).toBe(0);
    expect(seed.stdout).toContain('Demo data loaded');
  }, 120_000);

  it('reports an intact chain with exit code 0', async () => {
    const verify = await runTansiq(['audit', 'verify'], dataDir);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/Audit chain intact: \d+ rows verified/);
    expect(verify.stderr).toBe('');
  }, 60_000);

  it('exits non-zero and names the broken seq after a DBA edits one row', async () => {
    const database = await openPglite({ dataDir: join(dataDir, 'pgdata') });
    try {
      expect(await auditRowCount(database.db)).toBeGreaterThanOrEqual(3);
      await asDbaWithoutTrigger(database.db, (db) =>
        editAuditRow(db, 2, { details: { edited: true } }),
      );
    } finally {
      await database.close();
    }
    const verify = await runTansiq(['audit', 'verify'], dataDir);
    expect(verify.code).not.toBe(0);
    expect(verify.stderr).toContain('BROKEN at row seq=2');
    expect(verify.stdout).not.toContain('intact');
  }, 60_000);
});
