import { describe, expect, it } from 'vitest';
import { NameMatcher } from './matcher.js';

function population(): NameMatcher {
  const matcher = new NameMatcher();
  matcher.add('p1', 'Mohamed Abdelrahman');
  matcher.add('p2', 'Moussa Traoré');
  matcher.add('p3', 'Khalid bin Walid');
  matcher.add('p4', 'Pierre Dupont');
  matcher.add('p5', 'Ahmed ould Abdallah');
  return matcher;
}

describe('NameMatcher', () => {
  it('finds a Latin record from an Arabic query and ranks it first', () => {
    const [hit] = population().query('محمد عبد الرحمن', 3);
    expect(hit?.id).toBe('p1');
    expect(hit?.explanation.length).toBe(2);
  });

  it('finds variants with particles, order changes and typos', () => {
    const matcher = population();
    expect(matcher.query('Musa Traore', 1)[0]?.id).toBe('p2');
    expect(matcher.query('Walid ibn Khaled', 1)[0]?.id).toBe('p3');
    expect(matcher.query('Ahmad Abdallah', 1)[0]?.id).toBe('p5');
    expect(matcher.query('Pierre Dupotn', 1)[0]?.id).toBe('p4');
  });

  it('stays consistent after add, update and remove', () => {
    const matcher = population();
    expect(matcher.remove('p2')).toBe(true);
    expect(matcher.remove('p2')).toBe(false);
    expect(matcher.query('Moussa Traore', 5).map((h) => h.id)).not.toContain('p2');
    matcher.add('p1', 'Ousmane Diallo');
    expect(matcher.size).toBe(4);
    expect(matcher.query('Mohamed Abdelrahman', 5).map((h) => h.id)).not.toContain('p1');
    expect(matcher.query('Othman Diallo', 1)[0]?.id).toBe('p1');
    matcher.add('p2', 'Moussa Traoré');
    expect(matcher.query('Moussa Traore', 1)[0]?.id).toBe('p2');
  });
});
