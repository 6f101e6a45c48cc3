import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '#shared/i18n/locales.js';
import arErrors from '#shared/i18n/locales/errors/ar.json';
import enErrors from '#shared/i18n/locales/errors/en.json';
import frErrors from '#shared/i18n/locales/errors/fr.json';
import ar from '#shared/i18n/locales/ar.json';
import en from '#shared/i18n/locales/en.json';
import fr from '#shared/i18n/locales/fr.json';

const STORAGE_KEY = 'tansiq.locale';

/** UI catalogue plus the server's error catalogue, so `t('errors.forbidden')` works. */
export const RESOURCES = {
  ar: { translation: { ...ar, ...arErrors } },
  fr: { translation: { ...fr, ...frErrors } },
  en: { translation: { ...en, ...enErrors } },
} as const;

export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage can be disabled (private mode); the choice then lasts for this page only.
  }
}

/** `<html lang dir>` comes from locales.ts only: the one list of directions. */
export function applyDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = LOCALES[locale].dir;
}

export function currentLocale(i18n: I18n): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

export async function initI18n(locale: Locale): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: RESOURCES,
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: Object.keys(LOCALES),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // i18next's built-in `number` formatter uses the bare language; pin the numbering system.
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) => {
    const tag = isLocale(lng) ? LOCALES[lng].intlTag : 'en';
    return new Intl.NumberFormat(tag).format(Number(value));
  });
  return instance;
}
