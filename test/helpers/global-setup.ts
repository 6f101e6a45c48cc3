import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { dumpPglite, openPglite, openPostgres } from '#server/platform/db/database.js';
import { migrate } from '#server/platform/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    database:
      | { kind: 'pglite'; snapshotPath: string }
      | { kind: 'postgres'; url: string; template: string };
  }
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * Migrates one template database per run; every test file then gets a fresh clone of it
 * (PGlite: a data-dir snapshot; PostgreSQL: CREATE DATABASE … TEMPLATE), so no file sees another's rows.
 */
export async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = `tansiq_tpl_${String(process.pid)}`;
    const admin = openPostgres(url, 1);
    await sql`DROP DATABASE IF EXISTS ${sql.id(template)}`.execute(admin.db);
    await sql`CREATE DATABASE ${sql.id(template)}`.execute(admin.db);
    const target = openPostgres(withDatabase(url, template), 1);
    await migrate(target.db);
    await target.close();
    project.provide('database', { kind: 'postgres', url, template });
    process.stdout.write(
      `[tansiq tests] database: PostgreSQL (${new URL(url).host}), template ${template}\n`,
    );
    return async () => {
      await sql`DROP DATABASE IF EXISTS ${sql.id(template)} WITH (FORCE)`.execute(admin.db);
      await admin.close();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'tansiq-tpl-'));
  const template = await openPglite({ dataDir: join(dir, 'pgdata') });
  await migrate(template.db);
  await template.close();
  const snapshotPath = join(dir, 'template.tar');
  writeFileSync(
    snapshotPath,
    Buffer.from(await (await dumpPglite(join(dir, 'pgdata'))).arrayBuffer()),
  );
  project.provide('database', { kind: 'pglite', snapshotPath });
  process.stdout.write('[tansiq tests] database: PGlite (embedded), migrated template snapshot\n');
  return () => rmSync(dir, { recursive: true, force: true });
}
