import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '#shared/i18n/locales.js';
import type { CodeOption } from './reference.js';
import { currentLocale } from './i18n.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * ISO 639-1 languages named by the browser's CLDR data in the UI language: the runtime knows the
 * list and its translations, so no hand-kept copy drifts from it.
 */
export function languageOptions(intlTag: string): CodeOption[] {
  const names = new Intl.DisplayNames([intlTag], { type: 'language', fallback: 'none' });
  const options: CodeOption[] = [];
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = first + second;
      let label: string | undefined;
      try {
        label = names.of(code);
      } catch {
        label = undefined;
      }
      if (label && label !== code) options.push({ value: code, label });
    }
  }
  return options.sort((a, b) => a.label.localeCompare(b.label, intlTag));
}

export function useLanguageOptions(): CodeOption[] {
  const { i18n } = useTranslation();
  const tag = LOCALES[currentLocale(i18n)].intlTag;
  return useMemo(() => languageOptions(tag), [tag]);
}
