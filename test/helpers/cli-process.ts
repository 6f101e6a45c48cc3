import { execFile } from 'node:child_process';
import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '../..');

export type CliResult = { code: number; stdout: string; stderr: string };

/**
 * Runs `node bin/tansiq.js <args>` on an embedded data directory. Server-database settings of the
 * calling shell are dropped, so the CLI always uses PGlite in `dataDir`.
 */
export function runTansiq(args: string[], dataDir: string): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  delete env.TANSIQ_DATA_KEY;
  delete env.TANSIQ_DATA_KEYS;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(REPO_ROOT, 'bin/tansiq.js'), ...args],
      { cwd: REPO_ROOT, env, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
