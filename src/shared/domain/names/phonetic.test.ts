import { describe, expect, it } from 'vitest';
import { nameTokens } from './normalise.js';
import { skeletonKey } from './phonetic.js';

const key = (name: string) => nameTokens(name).map(skeletonKey).join(' ');

describe('skeletonKey', () => {
  it('gives محمد and its Latin spellings one key', () => {
    for (const spelling of ['Mohamed', 'Muhammad', 'Mohammed', 'Mouhamed']) {
      expect(key(spelling)).toBe(key('محمد'));
    }
  });

  it('maps digraphs onto the Arabic consonants', () => {
    expect(key('Khaled')).toBe(key('خالد'));
    expect(key('Chérif')).toBe(key('شريف'));
    expect(key('Sharif')).toBe(key('شريف'));
    expect(key('Djamel')).toBe(key('جمال'));
    expect(key('Ghali')).toBe(key('غالي'));
    expect(key('Othman')).toBe(key('عثمان'));
  });

  it('folds French and West-African spellings', () => {
    expect(key('Moussa')).toBe(key('Musa'));
    expect(key('Moussa')).toBe(key('موسى'));
    expect(key('Abdelrahman')).toBe(key('عبد الرحمن'));
  });
});
