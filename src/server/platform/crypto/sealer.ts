import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const FORMAT_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 2;
/** The key whose derivative keys the blind index: it never changes with a rotation. */
export const BLIND_INDEX_KEY_ID = 1;

export class SealError extends Error {
  override name = 'SealError';
}

/**
 * Encrypts personal data at rest with AES-256-GCM. Layout: [format][key id][iv][tag][ciphertext].
 * The key id lets a rotation re-encrypt rows gradually while old keys still open old rows.
 */
export type Sealer = {
  seal: (plain: Buffer | string) => Buffer;
  open: (sealed: Buffer) => Buffer;
  openText: (sealed: Buffer) => string;
  /**
   * Keyed HMAC of a normalised value, for exact-match lookups (duplicates) without decrypting.
   * Its key is derived from key 1, not from the current key (see createSealer).
   */
  blindIndex: (normalised: string) => string;
};

export function createSealer(keys: ReadonlyMap<number, Buffer>, currentKeyId: number): Sealer {
  for (const [id, key] of keys) {
    if (key.length !== 32) throw new SealError('Data keys must be 32 bytes (AES-256).');
    // The key id is stored in one byte of every sealed value.
    if (!Number.isInteger(id) || id < 1 || id > 255) throw new SealError('Key ids are 1 to 255.');
  }
  const currentKey = keys.get(currentKeyId);
  if (!currentKey) throw new SealError(`No data key with id ${String(currentKeyId)}.`);
  // The blind index is keyed from key 1 whatever the current key is, so a rotation leaves every
  // stored index valid. Rebuilding indexes instead would need each feature's normalisation rules
  // in the rotation, and would miss duplicates between two batches of an interrupted rotation.
  // The price: key 1 stays in the keyring for good (it may stop sealing values).
  const blindIndexKey = keys.get(BLIND_INDEX_KEY_ID);
  if (!blindIndexKey) {
    throw new SealError('Data key 1 must stay in the keyring: it keys the blind index.');
  }

  function seal(plain: Buffer | string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', currentKey as Buffer, iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    const header = Buffer.from([FORMAT_VERSION, currentKeyId]);
    return Buffer.concat([header, iv, cipher.getAuthTag(), body]);
  }

  function open(sealed: Buffer): Buffer {
    if (sealed.length < HEADER_BYTES + IV_BYTES + TAG_BYTES || sealed[0] !== FORMAT_VERSION) {
      throw new SealError('Not a sealed value.');
    }
    const keyId = sealed[1] ?? -1;
    const key = keys.get(keyId);
    if (!key)
      throw new SealError(`Sealed with data key ${String(keyId)}, which is not in the keyring.`);
    const iv = sealed.subarray(HEADER_BYTES, HEADER_BYTES + IV_BYTES);
    const tag = sealed.subarray(HEADER_BYTES + IV_BYTES, HEADER_BYTES + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([
      decipher.update(sealed.subarray(HEADER_BYTES + IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
  }

  const indexKey = createHmac('sha256', blindIndexKey).update('tansiq blind index v1').digest();
  return {
    seal,
    open,
    openText: (sealed) => open(sealed).toString('utf8'),
    blindIndex: (normalised) => createHmac('sha256', indexKey).update(normalised).digest('hex'),
  };
}
