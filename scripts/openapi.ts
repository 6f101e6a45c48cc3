// Writes docs/openapi.json from the same zod schemas the server validates with.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '#server/app.js';
import { createSealer } from '#server/platform/crypto/sealer.js';
import { openPglite } from '#server/platform/db/database.js';
import { migrate } from '#server/platform/db/migrate.js';

const database = await openPglite({ memory: true });
try {
  await migrate(database.db);
  const { app } = await buildApp({
    db: database.db,
    sealer: createSealer(new Map([[1, randomBytes(32)]]), 1),
    nodeCountry: 'LBY',
    logLevel: 'silent',
  });
  const spec = app.swagger();
  const target = join(import.meta.dirname, '../docs/openapi.json');
  writeFileSync(target, `${JSON.stringify(spec, null, 2)}\n`);
  process.stdout.write(`wrote ${target}\n`);
  await app.close();
} finally {
  await database.close();
}
