import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSealer, SealError } from './sealer.js';

describe('sealer (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('opens what it sealed and never stores the plain text', () => {
    const sealer = createSealer(new Map([[1, key]]), 1);
    const sealed = sealer.seal('SYNTH Zaynab Synthname');
    expect(sealed.toString('utf8')).not.toContain('Zaynab');
    expect(sealer.openText(sealed)).toBe('SYNTH Zaynab Synthname');
  });

  it('refuses a value whose ciphertext was tampered with', () => {
    const sealer = createSealer(new Map([[1, key]]), 1);
    const sealed = sealer.seal('SYNTH text');
    sealed[sealed.length - 1] = (sealed[sealed.length - 1] ?? 0) ^ 0xff;
    expect(() => sealer.open(sealed)).toThrow();
  });

  it('opens values sealed with an older key after a rotation', () => {
    const oldSealer = createSealer(new Map([[1, key]]), 1);
    const sealed = oldSealer.seal('SYNTH before rotation');
    const rotated = createSealer(
      new Map([
        [1, key],
        [2, randomBytes(32)],
      ]),
      2,
    );
    expect(rotated.openText(sealed)).toBe('SYNTH before rotation');
    expect(rotated.seal('x')[1]).toBe(2);
  });

  it('keeps the blind index of key 1 after a rotation', () => {
    const before = createSealer(new Map([[1, key]]), 1);
    const after = createSealer(
      new Map([
        [1, key],
        [2, randomBytes(32)],
      ]),
      2,
    );
    expect(after.blindIndex('synth|1998-04-02')).toBe(before.blindIndex('synth|1998-04-02'));
  });

  it('refuses a keyring without key 1, which keys the blind index', () => {
    expect(() => createSealer(new Map([[2, randomBytes(32)]]), 2)).toThrow(/key 1 must stay/);
  });

  it('names the missing key when a value was sealed with a key not in the keyring', () => {
    const sealed = createSealer(
      new Map([
        [1, key],
        [3, randomBytes(32)],
      ]),
      3,
    ).seal('SYNTH');
    expect(() => createSealer(new Map([[1, key]]), 1).open(sealed)).toThrow(
      'Sealed with data key 3, which is not in the keyring.',
    );
  });

  it('rejects keys that are not 32 bytes', () => {
    expect(() => createSealer(new Map([[1, randomBytes(16)]]), 1)).toThrow(SealError);
  });
});
