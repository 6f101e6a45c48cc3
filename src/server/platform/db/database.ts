import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database, Db } from './schema.js';

const DATE_OID = 1082;

/**
 * Same parsers for both databases: a calendar `date` stays 'YYYY-MM-DD' (node-postgres would build
 * a local-midnight Date); int8 and numeric stay strings and are converted explicitly in repos.
 */
function sharedTypeParsers(): pg.CustomTypesConfig {
  const overrides = new pg.TypeOverrides();
  overrides.setTypeParser(DATE_OID, 'text', (value: string) => value);
  return overrides;
}
const typeParsers = sharedTypeParsers();

export type DatabaseHandle = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Raw SQL on the same pool, for the job queue (pg-boss brings its own SQL). */
  executeSql: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>;
  close: () => Promise<void>;
};

export function openPostgres(connectionString: string, maxConnections = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString, max: maxConnections, types: typeParsers });
  // An idle client's network error must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    executeSql: (text, values) => pool.query(text, values),
    close: () => db.destroy(),
  };
}

export type PgliteSource = { dataDir: string } | { snapshot: Blob } | { memory: true };

export async function openPglite(source: PgliteSource): Promise<DatabaseHandle> {
  const pglite =
    'dataDir' in source
      ? await PGlite.create({ dataDir: source.dataDir })
      : 'snapshot' in source
        ? await PGlite.create({ loadDataDir: source.snapshot })
        : await PGlite.create();
  // PGlite has exactly one connection: the pool must never grow past one (STACK.md rule 1).
  const adapter = createPgConfig(pglite);
  const pool = new pg.Pool({
    connection: adapter.connection,
    user: adapter.user,
    password: adapter.password,
    database: adapter.database,
    host: adapter.host,
    port: adapter.port,
    max: 1,
    types: typeParsers,
  } as pg.PoolConfig);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    executeSql: (text, values) => pool.query(text, values),
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

/** Snapshot of an embedded database, used to clone a migrated template per test file. */
export async function dumpPglite(dataDir: string): Promise<Blob> {
  const pglite = await PGlite.create({ dataDir });
  try {
    const dump = await pglite.dumpDataDir('none');
    return dump;
  } finally {
    await pglite.close();
  }
}
