import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DataKeyError extends Error {
  override name = 'DataKeyError';
}

export function parseDataKey(base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32)
    throw new DataKeyError('TANSIQ_DATA_KEY must be 32 bytes, base64-encoded.');
  return key;
}

/**
 * The embedded database keeps its key in DATA_DIR/keys/data.key (created on first start, mode 0600).
 * A server database must get TANSIQ_DATA_KEY from the environment or a secret store instead.
 */
export function loadOrCreateKeyFile(dataDir: string): Buffer {
  const dir = join(dataDir, 'keys');
  const path = join(dir, 'data.key');
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(path, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  return parseDataKey(readFileSync(path, 'utf8').trim());
}
