import type { RequestLanguage } from './cooperation.js';

const ARABIC_ONLY: readonly RequestLanguage[] = ['ar'];
const ARABIC_OR_FRENCH: readonly RequestLanguage[] = ['ar', 'fr'];
const FRENCH: readonly RequestLanguage[] = ['fr'];
const ENGLISH: readonly RequestLanguage[] = ['en'];

/** Member States of the League of Arab States, by ISO 3166-1 alpha-3 code. */
const ARAB_LEAGUE = [
  'ARE',
  'BHR',
  'COM',
  'DJI',
  'DZA',
  'EGY',
  'IRQ',
  'JOR',
  'KWT',
  'LBN',
  'LBY',
  'MAR',
  'MRT',
  'OMN',
  'PSE',
  'QAT',
  'SAU',
  'SDN',
  'SOM',
  'SYR',
  'TUN',
  'YEM',
] as const;
/** Arab League States whose central authorities also work in French. */
const MAGHREB_AND_LEBANON = ['DZA', 'MAR', 'TUN', 'MRT', 'LBN'] as const;
const FRANCOPHONE_AFRICA = [
  'SEN',
  'MLI',
  'NER',
  'BFA',
  'CIV',
  'TCD',
  'GIN',
  'TGO',
  'BEN',
  'CMR',
] as const;
const ANGLOPHONE_WEST_AFRICA = ['NGA', 'GHA', 'GMB', 'SLE', 'LBR'] as const;

/**
 * Languages in which each requested State accepts a request (UNTOC art. 18(14): a language
 * acceptable to the requested State, as notified to the UN Secretary-General). A working default
 * built from the official languages; a country will be able to override it in its settings
 * (issue 12). States not listed accept English.
 */
export const REQUESTED_STATE_LANGUAGES: Readonly<Record<string, readonly RequestLanguage[]>> = {
  ...Object.fromEntries(ARAB_LEAGUE.map((code) => [code, ARABIC_ONLY])),
  ...Object.fromEntries(MAGHREB_AND_LEBANON.map((code) => [code, ARABIC_OR_FRENCH])),
  ...Object.fromEntries(FRANCOPHONE_AFRICA.map((code) => [code, FRENCH])),
  ...Object.fromEntries(ANGLOPHONE_WEST_AFRICA.map((code) => [code, ENGLISH])),
};

export function acceptedLanguagesOf(countryCode: string): readonly RequestLanguage[] {
  return REQUESTED_STATE_LANGUAGES[countryCode] ?? ENGLISH;
}
