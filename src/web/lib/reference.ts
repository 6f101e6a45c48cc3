import htcds from '#shared/reference/htcds.json' with { type: 'json' };
import indicators from '#shared/reference/indicators.json' with { type: 'json' };
import type { IndicatorAnswer } from '#shared/domain/identification.js';
import type { Locale } from '#shared/i18n/locales.js';

/** A code from a reference file with its labels; the code is stable and never translated. */
export type Labelled = { code: string; label: Record<Locale, string> };
export type Indicator = Labelled & { question: Record<Locale, string> };
export type CodeOption = { value: string; label: string };

export type HtcdsListName =
  'vic_MethodOfRecruitment' | 'vic_MethodsOfControl' | 'vic_TypeOfExploitation';

function htcdsValues(name: HtcdsListName): readonly Labelled[] {
  const field = htcds.fields.find((candidate) => candidate.name === name);
  return (field?.values ?? []).map((value) => ({ code: value.code, label: value.label }));
}

export const HTCDS_LISTS: Record<HtcdsListName, readonly Labelled[]> = {
  vic_MethodOfRecruitment: htcdsValues('vic_MethodOfRecruitment'),
  vic_MethodsOfControl: htcdsValues('vic_MethodsOfControl'),
  vic_TypeOfExploitation: htcdsValues('vic_TypeOfExploitation'),
};

export const COUNTRIES: readonly Labelled[] = htcds.value_sets.countries.values.map((country) => ({
  code: country.code,
  label: country.label,
}));

/** The eleven ILO indicators of forced labour, in the ILO's order. */
export const INDICATORS: readonly Indicator[] = [...indicators.items]
  .sort((a, b) => a.order - b.order)
  .map((item) => ({ code: item.code, label: item.label, question: item.screening_question }));

export const ANSWER_SCALE: readonly (Labelled & { code: IndicatorAnswer })[] =
  indicators.answer_scale.flatMap((answer) => {
    const code = answer.code;
    return code === 'YES' || code === 'NO' || code === 'UNSURE' || code === 'NOT_ASKED'
      ? [{ code, label: answer.label }]
      : [];
  });

export const INDICATOR_USAGE_NOTE: Record<Locale, string> = indicators.usage_notes;

/** Options for a select, sorted by label in the UI language. */
export function optionsOf(list: readonly Labelled[], locale: Locale, sort = false): CodeOption[] {
  const options = list.map((item) => ({ value: item.code, label: item.label[locale] }));
  if (sort) options.sort((a, b) => a.label.localeCompare(b.label, locale));
  return options;
}

/** The label of a code in the UI language; an unknown code shows as itself. */
export function labelOf(list: readonly Labelled[], code: string | null, locale: Locale): string {
  if (code === null) return '';
  return list.find((item) => item.code === code)?.label[locale] ?? code;
}
