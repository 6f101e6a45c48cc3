import htcds from './htcds.json' with { type: 'json' };

/** A code from a reference list with its labels; the code is stable and never translated. */
export type CodedValue = { code: string; label: { en: string; fr: string; ar: string } };

function htcdsField(name: string): CodedValue[] {
  const field = htcds.fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`HTCDS field ${name} missing from reference data`);
  return (field.values ?? []).map((value) => ({ code: value.code, label: value.label }));
}

export const COUNTRIES: readonly (CodedValue & { alpha2: string })[] =
  htcds.value_sets.countries.values.map((country) => ({
    code: country.code,
    alpha2: country.alpha2,
    label: country.label,
  }));

const countryCodes = new Set(COUNTRIES.map((country) => country.code));
export function isCountryCode(code: string): boolean {
  return countryCodes.has(code);
}

/** Tip categories: HTCDS types of exploitation plus smuggling of migrants (our extension). */
export const TIP_CATEGORIES: readonly CodedValue[] = [
  ...htcdsField('vic_TypeOfExploitation'),
  {
    code: 'MigrantSmuggling',
    label: {
      en: 'Smuggling of migrants',
      fr: 'Trafic illicite de migrants',
      ar: 'تهريب المهاجرين',
    },
  },
];
const tipCategoryCodes = new Set(TIP_CATEGORIES.map((category) => category.code));
export function isTipCategory(code: string): boolean {
  return tipCategoryCodes.has(code);
}
