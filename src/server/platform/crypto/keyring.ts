import { DataKeyError, keyDirectory, loadKeyDirectory, parseDataKey } from './data-key.js';
import { createSealer, type Sealer } from './sealer.js';

/** Where the keys come from decides how a new key is added: a file we write, or the operator. */
export type KeySource = { kind: 'directory'; dataDir: string } | { kind: 'environment' };

/** Data keys by id (1..255); the highest id is current and seals new values. */
export type Keyring = {
  keys: ReadonlyMap<number, Buffer>;
  currentKeyId: number;
  source: KeySource;
};

function keyringOf(keys: ReadonlyMap<number, Buffer>, source: KeySource): Keyring {
  if (keys.size === 0) throw new DataKeyError('The keyring is empty.');
  return { keys, currentKeyId: Math.max(...keys.keys()), source };
}

/** Key 1 from TANSIQ_DATA_KEY, later keys from TANSIQ_DATA_KEYS (`id:base64,…`). */
export function keyringFromEnvironment(
  key1Base64: string,
  extraKeys: readonly { id: number; keyBase64: string }[],
): Keyring {
  const keys = new Map([[1, parseDataKey(key1Base64)]]);
  for (const { id, keyBase64 } of extraKeys) {
    keys.set(id, parseDataKey(keyBase64, `TANSIQ_DATA_KEYS key ${String(id)}`));
  }
  return keyringOf(keys, { kind: 'environment' });
}

export function keyringFromDirectory(dataDir: string): Keyring {
  return keyringOf(loadKeyDirectory(dataDir), { kind: 'directory', dataDir });
}

export function sealerFor(keyring: Keyring): Sealer {
  return createSealer(keyring.keys, keyring.currentKeyId);
}

export function describeKeySource(source: KeySource): string {
  return source.kind === 'directory'
    ? `key directory ${keyDirectory(source.dataDir)}`
    : 'TANSIQ_DATA_KEY and TANSIQ_DATA_KEYS';
}
