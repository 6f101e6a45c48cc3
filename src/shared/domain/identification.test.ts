import { describe, expect, it } from 'vitest';
import {
  canDecide,
  isChildOn,
  normaliseName,
  proposeStatus,
  statusAfterScreening,
} from './identification.js';

describe('identification rules', () => {
  it('proposes presumed on one strong indicator plus another, or on any three', () => {
    expect(proposeStatus({ DEBT_BONDAGE: 'YES', DECEPTION: 'YES' })).toBe(
      'PresumedVictimOfTrafficking',
    );
    expect(proposeStatus({ DECEPTION: 'YES', ISOLATION: 'YES', EXCESSIVE_OVERTIME: 'YES' })).toBe(
      'PresumedVictimOfTrafficking',
    );
    expect(proposeStatus({ DECEPTION: 'YES', ISOLATION: 'YES' })).toBe(
      'PossibleVictimOfTrafficking',
    );
  });

  it('proposes possible on one indicator or two unclear answers, and nothing otherwise', () => {
    expect(proposeStatus({ DEBT_BONDAGE: 'YES' })).toBe('PossibleVictimOfTrafficking');
    expect(proposeStatus({ DECEPTION: 'UNSURE', ISOLATION: 'UNSURE' })).toBe(
      'PossibleVictimOfTrafficking',
    );
    expect(proposeStatus({ DECEPTION: 'NO', ISOLATION: 'NOT_ASKED' })).toBe('NotScreened');
  });

  it('never lets a screening overturn a formal decision', () => {
    expect(statusAfterScreening('ActualVictimOfTrafficking', 'PossibleVictimOfTrafficking')).toBe(
      'ActualVictimOfTrafficking',
    );
    expect(statusAfterScreening('PossibleVictimOfTrafficking', 'PresumedVictimOfTrafficking')).toBe(
      'PresumedVictimOfTrafficking',
    );
    expect(canDecide('NotScreened')).toBe(false);
    expect(canDecide('PresumedVictimOfTrafficking')).toBe(true);
    expect(canDecide('NotAVictimOfTrafficking')).toBe(false);
  });

  it('counts a person as a child until the eighteenth birthday', () => {
    const today = new Date('2026-11-23T12:00:00Z');
    expect(isChildOn({ birthDate: '2008-11-24', birthYear: null }, today)).toBe(true);
    expect(isChildOn({ birthDate: '2008-11-23', birthYear: null }, today)).toBe(false);
    expect(isChildOn({ birthDate: null, birthYear: 2010 }, today)).toBe(true);
    expect(isChildOn({ birthDate: null, birthYear: null }, today)).toBe(false);
  });

  it('normalises names so spelling variants meet in the blind index', () => {
    expect(normaliseName('  Salma   SYNTHETIC ')).toBe('salma synthetic');
    expect(normaliseName('أحمد')).toBe(normaliseName('احمد'));
    expect(normaliseName('فاطمة')).toBe(normaliseName('فاطمه'));
    expect(normaliseName('Zoé')).toBe('zoe');
  });
});
