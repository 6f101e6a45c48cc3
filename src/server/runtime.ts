import { join } from 'node:path';
import type { AppConfig } from './config.js';
import { loadOrCreateKeyFile, parseDataKey } from './platform/crypto/data-key.js';
import { createSealer, type Sealer } from './platform/crypto/sealer.js';
import { lockDataDir } from './platform/db/data-dir-lock.js';
import { openPglite, openPostgres, type DatabaseHandle } from './platform/db/database.js';
import { migrate } from './platform/db/migrate.js';

export type Runtime = {
  database: DatabaseHandle;
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
  if (config.databaseUrl) {
    if (!config.dataKeyBase64) {
      throw new Error('TANSIQ_DATA_KEY is required with DATABASE_URL (32 random bytes, base64).');
    }
    const database = openPostgres(config.databaseUrl);
    await migrate(database.db);
    return {
      database,
      sealer: createSealer(new Map([[1, parseDataKey(config.dataKeyBase64)]]), 1),
      description: 'PostgreSQL (DATABASE_URL)',
      close: () => database.close(),
    };
  }
  const lock = lockDataDir(config.dataDir);
  try {
    const key = config.dataKeyBase64
      ? parseDataKey(config.dataKeyBase64)
      : loadOrCreateKeyFile(config.dataDir);
    const database = await openPglite({ dataDir: join(config.dataDir, 'pgdata') });
    await migrate(database.db);
    return {
      database,
      sealer: createSealer(new Map([[1, key]]), 1),
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
