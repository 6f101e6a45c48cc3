import ar from '#shared/i18n/locales/errors/ar.json' with { type: 'json' };
import en from '#shared/i18n/locales/errors/en.json' with { type: 'json' };
import fr from '#shared/i18n/locales/errors/fr.json' with { type: 'json' };
import type { Locale } from '#shared/i18n/locales.js';

const catalogues: Record<Locale, Record<string, string>> = {
  ar: ar.errors,
  fr: fr.errors,
  en: en.errors,
};

/** Renders an `errors.*` catalogue key in the request's locale (server messages are errors only). */
export function translateError(messageKey: string, locale: Locale): string {
  const key = messageKey.replace(/^errors\./, '');
  return catalogues[locale][key] ?? catalogues.en[key] ?? catalogues[locale].internal ?? key;
}
