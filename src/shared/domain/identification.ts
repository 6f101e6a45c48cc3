/**
 * Identification rules: what a screening proposes, who is a child, which status moves are allowed.
 * Pure functions; the clock is a parameter.
 */
export const TRAFFICKING_STATUSES = [
  'NotScreened',
  'PossibleVictimOfTrafficking',
  'PresumedVictimOfTrafficking',
  'ActualVictimOfTrafficking',
  'NotAVictimOfTrafficking',
] as const;
export type TraffickingStatus = (typeof TRAFFICKING_STATUSES)[number];

export const DECISION_STATUSES = ['ActualVictimOfTrafficking', 'NotAVictimOfTrafficking'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const INDICATOR_ANSWERS = ['YES', 'NO', 'UNSURE', 'NOT_ASKED'] as const;
export type IndicatorAnswer = (typeof INDICATOR_ANSWERS)[number];

/**
 * Indicators that on their own point strongly to coercion. ILO: one indicator can be enough in
 * some cases; this platform default proposes "presumed" on one strong plus one other indicator,
 * or on any three. The proposal never decides: an authorised decider does.
 */
export const STRONG_INDICATORS: readonly string[] = [
  'PHYSICAL_AND_SEXUAL_VIOLENCE',
  'RESTRICTION_OF_MOVEMENT',
  'RETENTION_OF_IDENTITY_DOCUMENTS',
  'DEBT_BONDAGE',
  'INTIMIDATION_AND_THREATS',
];

export function firedIndicators(answers: Readonly<Record<string, IndicatorAnswer>>): string[] {
  return Object.entries(answers)
    .filter(([, answer]) => answer === 'YES')
    .map(([code]) => code)
    .sort();
}

export function proposeStatus(
  answers: Readonly<Record<string, IndicatorAnswer>>,
): TraffickingStatus {
  const fired = firedIndicators(answers);
  const unsure = Object.values(answers).filter((answer) => answer === 'UNSURE').length;
  const hasStrong = fired.some((code) => STRONG_INDICATORS.includes(code));
  if (fired.length >= 3 || (hasStrong && fired.length >= 2)) return 'PresumedVictimOfTrafficking';
  if (fired.length >= 1 || unsure >= 2) return 'PossibleVictimOfTrafficking';
  return 'NotScreened';
}

const DECIDED: readonly TraffickingStatus[] = DECISION_STATUSES;

/** A screening moves the status only while no formal decision exists. */
export function statusAfterScreening(
  current: TraffickingStatus,
  proposed: TraffickingStatus,
): TraffickingStatus {
  if (DECIDED.includes(current) || proposed === 'NotScreened') return current;
  return proposed;
}

/** A formal decision needs a screened person (possible or presumed) and is taken once. */
export function canDecide(current: TraffickingStatus): boolean {
  return current === 'PossibleVictimOfTrafficking' || current === 'PresumedVictimOfTrafficking';
}

/** Under 18 on `today`, from an exact birth date or, failing that, the birth year. */
export function isChildOn(
  birth: { birthDate: string | null; birthYear: number | null },
  today: Date,
): boolean {
  if (birth.birthDate) {
    const [year, month, day] = birth.birthDate.split('-').map(Number);
    if (year === undefined || month === undefined || day === undefined) return false;
    const eighteenth = Date.UTC(year + 18, month - 1, day);
    return today.getTime() < eighteenth;
  }
  if (birth.birthYear !== null) return today.getUTCFullYear() - birth.birthYear < 18;
  return false;
}

/** Normalises a name for the blind index: case, diacritics, tatweel and spacing do not matter. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[إأآا]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
