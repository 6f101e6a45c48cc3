import { z } from 'zod';
import type { Locale } from '#shared/i18n/locales.js';

type LocaleError = (issue: never) => string | { message: string } | undefined | null;

/** zod's own translations of its issue messages, one per supported locale. */
const LOCALE_ERRORS: Record<Locale, LocaleError> = {
  ar: z.locales.ar().localeError,
  fr: z.locales.fr().localeError,
  en: z.locales.en().localeError,
};

/**
 * Renders a validation issue in the request's language. The type provider keeps the zod issue's
 * fields in `params`, so the issue can be rebuilt and passed to zod's locale error map.
 */
export function localizeIssue(
  issue: { keyword: string; message?: string | undefined; params: Record<string, unknown> },
  locale: Locale,
): string {
  const rebuilt = { ...issue.params, code: issue.keyword, path: [] } as never;
  const localized = LOCALE_ERRORS[locale](rebuilt);
  if (typeof localized === 'string') return localized;
  return localized?.message ?? issue.message ?? 'invalid';
}
