import {
  isMeasureOfType,
  legalBasisRequirement,
  OTHER_REGIONAL_INSTRUMENT,
  REGIONAL_INSTRUMENT_CODES,
} from '../reference/cooperation-codes.js';
import { acceptedLanguagesOf } from './cooperation-languages.js';

/**
 * What a request must contain before it may be sent. The first codes follow UNTOC art. 18(15):
 * (a) the authority making the request, (b) subject matter and nature of the investigation,
 * (c) summary of the facts, (d) assistance sought and any particular procedure, (e) identity,
 * location and nationality of any person concerned, (f) purpose; then ours: the requested
 * authority, the legal basis and the language the requested State accepts (art. 18(14)).
 * The web translates each code; keep them stable.
 */
export const MISSING_ITEM_CODES = [
  'requesting_authority',
  'requested_authority',
  'subject_matter',
  'nature_of_investigation',
  'summary_of_facts',
  'assistance_sought',
  'person_identity',
  'person_location',
  'person_nationality',
  'purpose',
  'legal_basis',
  'legal_basis_detail',
  'language',
] as const;
export type MissingItemCode = (typeof MISSING_ITEM_CODES)[number];

/** A missing item and the field (path in the request contract) the user must fill. */
export type MissingItem = { code: MissingItemCode; field: string };

export type CheckablePerson = {
  names: { arabic?: string | null | undefined; latin?: string | null | undefined };
  birthDate?: string | null | undefined;
  nationality?: string | null | undefined;
  location?: string | null | undefined;
};

/** The parts of a request the check reads (outgoing request, contents unsealed). */
export type CheckableRequest = {
  type: string;
  foreignCountry: string;
  requestingAuthority: string | null;
  requestedAuthority: string | null;
  legalBasis: string | null;
  legalBasisInstrument: string | null;
  legalBasisDetail: string | null;
  language: string | null;
  translationLanguages: readonly string[];
  measures: readonly string[];
  contents: {
    subjectMatter: string;
    natureOfInvestigation: string;
    summaryOfFacts: string;
    assistanceSought: string;
    purpose: string;
    persons: readonly CheckablePerson[];
  };
};

/** Types whose assistance must name at least one measure of the reference list. */
const TYPES_NEEDING_MEASURES: readonly string[] = [
  'MLA',
  'EXTRADITION',
  'CONFISCATION_COOPERATION',
  'LAW_ENFORCEMENT_COOPERATION',
];
/** Types that always concern a person (the one to surrender or to transfer). */
const TYPES_CONCERNING_PERSONS: readonly string[] = ['EXTRADITION', 'TRANSFER_SENTENCED_PERSONS'];
/**
 * Measures that act on a person: a hearing, service, appearance, or the temporary transfer of a
 * detained witness and a video hearing (art. 18(10)-(12), 18(18)), which also need the person.
 */
const MEASURES_CONCERNING_PERSONS: readonly string[] = [
  'MLA_TAKE_EVIDENCE',
  'MLA_SERVE_DOCUMENTS',
  'MLA_VOLUNTARY_APPEARANCE',
  'MLA_TRANSFER_DETAINED_WITNESS',
  'MLA_VIDEO_HEARING',
];

const isBlank = (value: string | null | undefined) => (value ?? '').trim() === '';

export function concernsPersons(request: Pick<CheckableRequest, 'type' | 'measures'>): boolean {
  return (
    TYPES_CONCERNING_PERSONS.includes(request.type) ||
    request.measures.some((measure) => MEASURES_CONCERNING_PERSONS.includes(measure))
  );
}

function checkPersons(request: CheckableRequest, now: Date): MissingItem[] {
  const persons = request.contents.persons;
  if (persons.length === 0) {
    return concernsPersons(request) ? [{ code: 'person_identity', field: 'contents.persons' }] : [];
  }
  const today = now.toISOString().slice(0, 10);
  return persons.flatMap((person, index): MissingItem[] => {
    const at = `contents.persons.${String(index)}`;
    const missing: MissingItem[] = [];
    if (isBlank(person.names.arabic) && isBlank(person.names.latin)) {
      missing.push({ code: 'person_identity', field: `${at}.names` });
    } else if (person.birthDate && person.birthDate > today) {
      // A birth date in the future identifies nobody.
      missing.push({ code: 'person_identity', field: `${at}.birthDate` });
    }
    if (isBlank(person.location))
      missing.push({ code: 'person_location', field: `${at}.location` });
    if (isBlank(person.nationality)) {
      missing.push({ code: 'person_nationality', field: `${at}.nationality` });
    }
    return missing;
  });
}

function checkLegalBasis(request: CheckableRequest): MissingItem[] {
  if (isBlank(request.legalBasis)) return [{ code: 'legal_basis', field: 'legalBasis' }];
  const requirement = legalBasisRequirement(request.legalBasis ?? '');
  if (requirement === null) return [];
  if (requirement !== 'regional_instrument') {
    return isBlank(request.legalBasisDetail)
      ? [{ code: 'legal_basis_detail', field: 'legalBasisDetail' }]
      : [];
  }
  const instrument = request.legalBasisInstrument ?? '';
  if (!REGIONAL_INSTRUMENT_CODES.includes(instrument)) {
    return [{ code: 'legal_basis_detail', field: 'legalBasisInstrument' }];
  }
  return instrument === OTHER_REGIONAL_INSTRUMENT && isBlank(request.legalBasisDetail)
    ? [{ code: 'legal_basis_detail', field: 'legalBasisDetail' }]
    : [];
}

function checkAssistance(request: CheckableRequest): MissingItem[] {
  const missing: MissingItem[] = [];
  if (isBlank(request.contents.assistanceSought)) {
    missing.push({ code: 'assistance_sought', field: 'contents.assistanceSought' });
  }
  const validMeasures = request.measures.filter((measure) =>
    isMeasureOfType(request.type, measure),
  );
  if (TYPES_NEEDING_MEASURES.includes(request.type) && validMeasures.length === 0) {
    missing.push({ code: 'assistance_sought', field: 'measures' });
  }
  return missing;
}

/** The request (or one of its translations) must be in a language the requested State takes. */
function checkLanguage(request: CheckableRequest): MissingItem[] {
  const accepted: readonly string[] = acceptedLanguagesOf(request.foreignCountry);
  const offered = [request.language, ...request.translationLanguages].filter(
    (language): language is string => language !== null,
  );
  return offered.some((language) => accepted.includes(language))
    ? []
    : [{ code: 'language', field: 'language' }];
}

/**
 * The pre-send completeness check: every missing item, in the order of art. 18(15), then the legal
 * basis and the language. An empty list means the request may be sent.
 */
export function checkRequest(request: CheckableRequest, now: Date): MissingItem[] {
  const text = (value: string | null, code: MissingItemCode, field: string): MissingItem[] =>
    isBlank(value) ? [{ code, field }] : [];
  const contents = request.contents;
  return [
    ...text(request.requestingAuthority, 'requesting_authority', 'requestingAuthority'),
    ...text(request.requestedAuthority, 'requested_authority', 'requestedAuthority'),
    ...text(contents.subjectMatter, 'subject_matter', 'contents.subjectMatter'),
    ...text(
      contents.natureOfInvestigation,
      'nature_of_investigation',
      'contents.natureOfInvestigation',
    ),
    ...text(contents.summaryOfFacts, 'summary_of_facts', 'contents.summaryOfFacts'),
    ...checkAssistance(request),
    ...checkPersons(request, now),
    ...text(contents.purpose, 'purpose', 'contents.purpose'),
    ...checkLegalBasis(request),
    ...checkLanguage(request),
  ];
}
