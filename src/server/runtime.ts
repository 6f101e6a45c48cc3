import { join } from 'node:path';
import type { AppConfig } from './config.js';
import {
  keyringFromDirectory,
  keyringFromEnvironment,
  sealerFor,
  type Keyring,
} from './platform/crypto/keyring.js';
import type { Sealer } from './platform/crypto/sealer.js';
import { lockDataDir } from './platform/db/data-dir-lock.js';
import { openPglite, openPostgres, type DatabaseHandle } from './platform/db/database.js';
import { migrate } from './platform/db/migrate.js';

export type Runtime = {
  database: DatabaseHandle;
  keyring: Keyring;
  /** Seals with the keyring's current key; opens values of every key in it. */
  sealer: Sealer;
  description: string;
  /** Closes the database, then releases the data-directory lock. */
  close: () => Promise<void>;
};

/**
 * Opens the configured database (PostgreSQL when DATABASE_URL is set, else embedded PGlite in
 * DATA_DIR, locked against a second process), loads the data key and applies pending migrations.
 */
export async function openRuntime(config: AppConfig): Promise<Runtime> {
  if (!config.dataKeyBase64 && config.extraDataKeys.length > 0) {
    throw new Error('TANSIQ_DATA_KEYS needs TANSIQ_DATA_KEY (key 1) as well.');
  }
  if (config.databaseUrl) {
    if (!config.dataKeyBase64) {
      throw new Error('TANSIQ_DATA_KEY is required with DATABASE_URL (32 random bytes, base64).');
    }
    const keyring = keyringFromEnvironment(config.dataKeyBase64, config.extraDataKeys);
    const database = openPostgres(config.databaseUrl);
    await migrate(database.db);
    return {
      database,
      keyring,
      sealer: sealerFor(keyring),
      description: 'PostgreSQL (DATABASE_URL)',
      close: () => database.close(),
    };
  }
  const lock = lockDataDir(config.dataDir);
  try {
    const keyring = config.dataKeyBase64
      ? keyringFromEnvironment(config.dataKeyBase64, config.extraDataKeys)
      : keyringFromDirectory(config.dataDir);
    const database = await openPglite({ dataDir: join(config.dataDir, 'pgdata') });
    await migrate(database.db);
    return {
      database,
      keyring,
      sealer: sealerFor(keyring),
      description: `embedded PGlite in ${config.dataDir}`,
      close: async () => {
        try {
          await database.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
