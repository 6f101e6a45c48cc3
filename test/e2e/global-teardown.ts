import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';

/** Removes the throw-away database directory that playwright.config.ts created for this run. */
// eslint-disable-next-line import-x/no-default-export -- Playwright loads globalTeardown by default export.
export default function globalTeardown(): void {
  const dataDir = process.env['E2E_DATA_DIR'];
  if (!dataDir || dirname(dataDir) !== tmpdir() || !basename(dataDir).startsWith('tansiq-e2e-')) {
    return;
  }
  rmSync(dataDir, { recursive: true, force: true });
}
