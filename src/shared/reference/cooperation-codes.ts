import cooperation from './cooperation.json' with { type: 'json' };

/**
 * Codes of the cooperation reference data (cooperation.json): request types, their measures,
 * legal bases and transmission channels. Labels stay in the JSON; code here only reads it.
 */
export type CooperationLabel = { en: string; fr: string; ar: string };

type Measure = { code: string; paragraph?: string; label: CooperationLabel };
type TypeItem = {
  code: string;
  instrument: string;
  article: string;
  label: CooperationLabel;
  measures?: Measure[];
  additional_measures?: Measure[];
};
type LegalBasis = {
  code: string;
  label: CooperationLabel;
  requires?: string[];
  instruments?: { code: string; label: CooperationLabel }[];
};
type Channel = { code: string; label: CooperationLabel };

const TYPES: readonly TypeItem[] = cooperation.items;
const LEGAL_BASES: readonly LegalBasis[] = cooperation.legal_bases;
const CHANNELS: readonly Channel[] = cooperation.channels;

/** A non-empty tuple for z.enum, from the codes of a reference list. */
function codes(items: readonly { code: string }[]): [string, ...string[]] {
  const [first, ...rest] = items.map((item) => item.code);
  if (first === undefined) throw new Error('empty cooperation code list');
  return [first, ...rest];
}

export const COOPERATION_TYPE_CODES = codes(TYPES);
export const LEGAL_BASIS_CODES = codes(LEGAL_BASES);
export const CHANNEL_CODES = codes(CHANNELS);
export const REGIONAL_INSTRUMENT_CODES = codes(
  LEGAL_BASES.flatMap((basis) => basis.instruments ?? []),
);

/** The measures (UNTOC art. 18(3), extradition steps...) a request of this type may ask for. */
export function measuresOfType(typeCode: string): readonly Measure[] {
  const item = TYPES.find((candidate) => candidate.code === typeCode);
  return [...(item?.measures ?? []), ...(item?.additional_measures ?? [])];
}

export function isMeasureOfType(typeCode: string, measureCode: string): boolean {
  return measuresOfType(typeCode).some((measure) => measure.code === measureCode);
}

/**
 * What a legal basis needs besides its code: the JSON's `requires` (treaty reference, reciprocity
 * undertaking, domestic law reference), or the regional instrument for a basis that lists
 * instruments (regional conventions).
 */
export type LegalBasisRequirement =
  'treaty_reference' | 'regional_instrument' | 'reciprocity_undertaking' | 'domestic_law_reference';

export function legalBasisRequirement(basisCode: string): LegalBasisRequirement | null {
  const basis = LEGAL_BASES.find((candidate) => candidate.code === basisCode);
  if (!basis) return null;
  const required = basis.requires?.[0];
  if (
    required === 'treaty_reference' ||
    required === 'reciprocity_undertaking' ||
    required === 'domestic_law_reference'
  ) {
    return required;
  }
  return basis.instruments ? 'regional_instrument' : null;
}

/** The regional instrument without a code of its own: its name goes in the detail text. */
export const OTHER_REGIONAL_INSTRUMENT = 'OTHER_REGIONAL';

export function typeLabel(code: string): CooperationLabel | undefined {
  return TYPES.find((item) => item.code === code)?.label;
}

/** The instrument and article a request type rests on (e.g. UNTOC art. 18). */
export function typeArticle(code: string): { instrument: string; article: string } | undefined {
  const item = TYPES.find((candidate) => candidate.code === code);
  return item ? { instrument: item.instrument, article: item.article } : undefined;
}

export function measureLabel(typeCode: string, measureCode: string): CooperationLabel | undefined {
  return measuresOfType(typeCode).find((measure) => measure.code === measureCode)?.label;
}

export function legalBasisLabel(code: string): CooperationLabel | undefined {
  return LEGAL_BASES.find((basis) => basis.code === code)?.label;
}

export function regionalInstrumentLabel(code: string): CooperationLabel | undefined {
  return LEGAL_BASES.flatMap((basis) => basis.instruments ?? []).find(
    (instrument) => instrument.code === code,
  )?.label;
}

export function channelLabel(code: string): CooperationLabel | undefined {
  return CHANNELS.find((channel) => channel.code === code)?.label;
}
