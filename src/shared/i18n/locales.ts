/** The only list of locales, their direction and Intl tag. Nobody else lists RTL languages. */
export const LOCALES = {
  // Digits pinned: ICU versions disagree on the default numbering system of plain "ar".
  ar: { dir: 'rtl', intlTag: 'ar-u-nu-latn', nativeName: 'العربية' },
  fr: { dir: 'ltr', intlTag: 'fr', nativeName: 'Français' },
  en: { dir: 'ltr', intlTag: 'en', nativeName: 'English' },
} as const;

export type Locale = keyof typeof LOCALES;
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];
export const DEFAULT_LOCALE: Locale = 'ar';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in LOCALES;
}

/** Picks the first supported locale from an Accept-Language header value. */
export function pickLocale(acceptLanguage: string | undefined, fallback: Locale = 'en'): Locale {
  if (!acceptLanguage) return fallback;
  for (const part of acceptLanguage.split(',')) {
    const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return fallback;
}
