import { describe, expect, it } from 'vitest';
import { nameTokens } from './normalise.js';
import { ALERT_THRESHOLD, editSimilarity, jaroWinkler, scoreTokens, tokenKeys } from './score.js';

const score = (a: string, b: string) =>
  scoreTokens(nameTokens(a).map(tokenKeys), nameTokens(b).map(tokenKeys)).score;

describe('jaroWinkler', () => {
  it('matches the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });
});

describe('editSimilarity', () => {
  it('makes vowels cheap to add, drop or swap and consonants dear', () => {
    expect(editSimilarity('mhmd', 'mhmd')).toBe(1);
    expect(editSimilarity('mhmd', 'muhamad')).toBeCloseTo(1 - 1.5 / 7, 6);
    expect(editSimilarity('muhamad', 'muhamid')).toBeGreaterThan(
      editSimilarity('muhamad', 'muhamat'),
    );
    expect(editSimilarity('bcd', '')).toBe(0);
  });
});

describe('scoreTokens', () => {
  it('alerts on transliterations across scripts', () => {
    expect(score('محمد عبد الرحمن', 'Mohamed Abdelrahman')).toBeGreaterThanOrEqual(ALERT_THRESHOLD);
    expect(score('محمد عبد الرحمن', 'Muhammad Abd al-Rahman')).toBeGreaterThanOrEqual(
      ALERT_THRESHOLD,
    );
    expect(score('Ousmane Diallo', 'Othman Diallo')).toBeGreaterThanOrEqual(ALERT_THRESHOLD);
  });

  it('is insensitive to token order and tolerates a typo', () => {
    expect(score('Abdelrahman Mohamed', 'Mohamed Abdelrahman')).toBe(
      score('Mohamed Abdelrahman', 'Mohamed Abdelrahman'),
    );
    expect(score('Mohamed Abdelrahmna', 'Mohamed Abdelrahman')).toBeGreaterThanOrEqual(
      ALERT_THRESHOLD,
    );
  });

  it('penalises a missing token mildly and a different name strongly', () => {
    const missing = score('Mohamed Ali Hassan', 'Mohamed Hassan');
    expect(missing).toBeLessThan(1);
    expect(missing).toBeGreaterThan(0.7);
    expect(score('Mohamed Hassan', 'Pierre Dupont')).toBeLessThan(ALERT_THRESHOLD);
  });

  it('explains which tokens matched', () => {
    const result = scoreTokens(
      nameTokens('Musa Traore').map(tokenKeys),
      nameTokens('Traoré Moussa').map(tokenKeys),
    );
    expect(result.explanation.map((m) => [m.query, m.candidate])).toEqual(
      expect.arrayContaining([
        ['musa', 'moussa'],
        ['traore', 'traore'],
      ]),
    );
  });
});
