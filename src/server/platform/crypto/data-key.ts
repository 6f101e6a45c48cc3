import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

export class DataKeyError extends Error {
  override name = 'DataKeyError';
}

export const MAX_KEY_ID = 255;
/** Key 1 keeps its historical file name; later keys are data-<id>.key. */
const KEY_1_FILE = 'data.key';
const KEY_FILE = /^data-([1-9][0-9]{0,2})\.key$/;

export function parseDataKey(base64: string, label = 'TANSIQ_DATA_KEY'): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new DataKeyError(`${label} must be 32 bytes, base64-encoded.`);
  return key;
}

export function keyDirectory(dataDir: string): string {
  return join(dataDir, 'keys');
}

export function keyFilePath(dataDir: string, id: number): string {
  return join(keyDirectory(dataDir), id === 1 ? KEY_1_FILE : `data-${String(id)}.key`);
}

/** Writes a new random key with mode 0600, never over an existing file, and syncs it to disk. */
export function writeNewKeyFile(dataDir: string, id: number): string {
  if (!Number.isInteger(id) || id < 1 || id > MAX_KEY_ID) {
    throw new DataKeyError(
      `Key ids are 1 to ${String(MAX_KEY_ID)}: no room for key ${String(id)}.`,
    );
  }
  mkdirSync(keyDirectory(dataDir), { recursive: true, mode: 0o700 });
  const path = keyFilePath(dataDir, id);
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, randomBytes(32).toString('base64'));
    // Values sealed with this key are only as durable as the key file itself.
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return path;
}

/**
 * The embedded database keeps its keys in DATA_DIR/keys/ (data.key is key 1, created on first
 * start; data-<id>.key are later keys, all mode 0600). A server database gets its keys from the
 * environment or a secret store instead.
 */
export function loadKeyDirectory(dataDir: string): Map<number, Buffer> {
  if (!existsSync(keyFilePath(dataDir, 1))) writeNewKeyFile(dataDir, 1);
  const keys = new Map<number, Buffer>();
  for (const name of readdirSync(keyDirectory(dataDir)).sort()) {
    const id = name === KEY_1_FILE ? 1 : Number(KEY_FILE.exec(name)?.[1] ?? Number.NaN);
    if (Number.isNaN(id)) continue;
    if (id > MAX_KEY_ID || keys.has(id)) {
      throw new DataKeyError(`Key file ${name}: key ids are 2 to 255 and appear once.`);
    }
    const text = readFileSync(join(keyDirectory(dataDir), name), 'utf8').trim();
    keys.set(id, parseDataKey(text, `Key file ${name}`));
  }
  return keys;
}
