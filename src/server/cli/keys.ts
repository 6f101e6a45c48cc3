import { parseArgs } from 'node:util';
import { MAX_KEY_ID, writeNewKeyFile } from '#server/platform/crypto/data-key.js';
import { keyStatus, resealAll } from '#server/platform/crypto/key-rotation.js';
import {
  describeKeySource,
  keyringFromDirectory,
  type Keyring,
} from '#server/platform/crypto/keyring.js';
import { BLIND_INDEX_KEY_ID } from '#server/platform/crypto/sealer.js';
import type { Runtime } from '../runtime.js';

type Print = (line: string) => void;

/** Embedded mode: writes the next key file and returns the keyring that includes it. */
function addNextKey(keyring: Keyring, print: Print): Keyring {
  if (keyring.source.kind !== 'directory') throw new Error('unreachable: keys come from a file');
  const nextId = keyring.currentKeyId + 1;
  if (nextId > MAX_KEY_ID) throw new Error(`All key ids up to ${String(MAX_KEY_ID)} are used.`);
  const path = writeNewKeyFile(keyring.source.dataDir, nextId);
  print(
    `Key ${String(nextId)} written to ${path} (mode 0600). Back it up with the other keys now.`,
  );
  return keyringFromDirectory(keyring.source.dataDir);
}

function refuseWithoutNewKey(keyring: Keyring, printError: Print): number {
  const nextId = String(keyring.currentKeyId + 1);
  printError(
    [
      `The keys come from ${describeKeySource(keyring.source)}: tansiq cannot add one itself.`,
      `1. Create key ${nextId} (for instance: openssl rand -base64 32) in your secret store.`,
      `2. Add "${nextId}:<base64>" to TANSIQ_DATA_KEYS (comma-separated) of every server process`,
      '   and of this command, then restart the servers: new values are sealed with it.',
      '3. Run `tansiq keys rotate --reseal` to re-seal the existing values under it.',
    ].join('\n'),
  );
  return 1;
}

/** `keys rotate [--reseal]`: adds the next key (embedded mode), then re-seals every value. */
export async function rotateKeysCommand(
  runtime: Runtime,
  args: string[],
  print: Print,
  printError: Print,
): Promise<number> {
  const { values } = parseArgs({ args, options: { reseal: { type: 'boolean' } } });
  let keyring = runtime.keyring;
  if (!values.reseal) {
    if (keyring.source.kind !== 'directory') return refuseWithoutNewKey(keyring, printError);
    keyring = addNextKey(keyring, print);
  }
  try {
    const result = await resealAll(runtime.database.db, keyring);
    print(
      `Re-sealed ${String(result.valuesResealed)} values in ${String(result.rowsResealed)} rows ` +
        `under key ${String(result.keyId)}.`,
    );
    return 0;
  } catch (error) {
    printError(
      `Re-sealing stopped: ${error instanceof Error ? error.message : String(error)}\n` +
        'Committed batches stay re-sealed; fix the cause and run `tansiq keys rotate --reseal`.',
    );
    return 1;
  }
}

/** `keys status`: every key id with how many values it still seals; exit 1 if a key is missing. */
export async function keysStatusCommand(
  runtime: Runtime,
  print: Print,
  printError: Print,
): Promise<number> {
  const { keyring } = runtime;
  print(`Keys from ${describeKeySource(keyring.source)}:`);
  let missing = 0;
  for (const { keyId, valueCount, isInKeyring } of await keyStatus(runtime.database.db, keyring)) {
    const notes = [
      keyId === keyring.currentKeyId ? 'current' : null,
      keyId === BLIND_INDEX_KEY_ID ? 'blind index, keep' : null,
      isInKeyring ? null : 'MISSING from the keyring: these values cannot be opened',
    ].filter((note) => note !== null);
    const suffix = notes.length > 0 ? ` (${notes.join('; ')})` : '';
    print(`  key ${String(keyId)}: ${String(valueCount)} values${suffix}`);
    if (!isInKeyring) missing += valueCount;
  }
  if (missing > 0) {
    printError(`${String(missing)} values are sealed with keys that are not in the keyring.`);
    return 1;
  }
  return 0;
}
