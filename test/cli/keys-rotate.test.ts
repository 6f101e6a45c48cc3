import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rotateKeysCommand } from '#server/cli/keys.js';
import { keyStatus } from '#server/platform/crypto/key-rotation.js';
import { keyringFromDirectory, sealerFor } from '#server/platform/crypto/keyring.js';
import { openPglite } from '#server/platform/db/database.js';
import type { Runtime } from '#server/runtime.js';
import { runTansiq } from '#test/helpers/cli-process.js';

// Runs the real CLI on its embedded database only (whatever TEST_DATABASE_URL says): in embedded
// mode the rotation writes the key file itself.
const dataDir = mkdtempSync(join(tmpdir(), 'tansiq-keys-cli-'));

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('tansiq keys rotate / keys status (CLI, embedded database)', () => {
  it('migrates and seeds a fresh data directory under key 1', async () => {
    expect((await runTansiq(['db', 'migrate'], dataDir)).code).toBe(0);
    const seed = await runTansiq(['demo', 'seed'], dataDir);
    expect(seed.code).toBe(0);
    const status = await runTansiq(['keys', 'status'], dataDir);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/key 1: [1-9]\d* values \(current; blind index, keep\)/);
  }, 120_000);

  it('rotates to key 2 with exit code 0 and a new key file of mode 0600', async () => {
    const rotate = await runTansiq(['keys', 'rotate'], dataDir);
    expect(rotate.stderr).toBe('');
    expect(rotate.code).toBe(0);
    expect(rotate.stdout).toMatch(/Key 2 written to .*data-2\.key/);
    expect(rotate.stdout).toMatch(/Re-sealed [1-9]\d* values in \d+ rows under key 2/);
    expect(statSync(join(dataDir, 'keys', 'data-2.key')).mode & 0o777).toBe(0o600);
  }, 60_000);

  it('shows key 2 sealing every value', async () => {
    const status = await runTansiq(['keys', 'status'], dataDir);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('key 1: 0 values (blind index, keep)');
    expect(status.stdout).toMatch(/key 2: [1-9]\d* values \(current\)/);
  }, 60_000);

  it('leaves a database that reopens with the key files and an intact audit chain', async () => {
    const keyring = keyringFromDirectory(dataDir);
    expect([...keyring.keys.keys()].sort()).toEqual([1, 2]);
    const database = await openPglite({ dataDir: join(dataDir, 'pgdata') });
    try {
      const status = await keyStatus(database.db, keyring);
      expect(status.find((key) => key.keyId === 1)?.valueCount).toBe(0);
      const users = await database.db
        .selectFrom('app_user')
        .select('totp_secret_sealed')
        .where('totp_secret_sealed', 'is not', null)
        .execute();
      const sealer = sealerFor(keyring);
      for (const { totp_secret_sealed: sealed } of users) {
        expect(sealed?.[1]).toBe(2);
        expect(sealer.openText(sealed ?? Buffer.alloc(0))).toMatch(/^[A-Z2-7]+$/);
      }
    } finally {
      await database.close();
    }
    expect((await runTansiq(['audit', 'verify'], dataDir)).code).toBe(0);
  }, 60_000);
});

describe('tansiq keys rotate with keys from the environment (server mode)', () => {
  it('refuses to invent a key and tells the operator to add it to TANSIQ_DATA_KEYS first', async () => {
    const keyring = keyringFromDirectory(dataDir);
    // The refusal happens before any database access: no database is needed.
    const runtime = { keyring: { ...keyring, source: { kind: 'environment' } } } as Runtime;
    const errors: string[] = [];
    const code = await rotateKeysCommand(
      runtime,
      [],
      () => undefined,
      (line) => errors.push(line),
    );
    expect(code).not.toBe(0);
    expect(errors.join('\n')).toMatch(/Add "3:<base64>" to TANSIQ_DATA_KEYS/);
    expect(errors.join('\n')).toContain('tansiq keys rotate --reseal');
  });
});
