import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '#shared/i18n/locales.js';
import { currentLocale } from './i18n.js';

const RELATIVE_UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

export type Formatters = {
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
  /** A calendar day (`YYYY-MM-DD`), shown as that day whatever the browser's time zone. */
  day: (isoDate: string) => string;
  /** A language code (ISO 639-1) named in the UI language. */
  language: (code: string) => string;
  number: (value: number) => string;
  relative: (iso: string, nowMs?: number) => string;
  bytes: (value: number) => string;
  list: (items: readonly string[]) => string;
};

export function createFormatters(intlTag: string): Formatters {
  const dateTime = new Intl.DateTimeFormat(intlTag, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(intlTag, { dateStyle: 'medium' });
  const day = new Intl.DateTimeFormat(intlTag, { dateStyle: 'medium', timeZone: 'UTC' });
  const languages = new Intl.DisplayNames([intlTag], { type: 'language', fallback: 'code' });
  const number = new Intl.NumberFormat(intlTag);
  const relative = new Intl.RelativeTimeFormat(intlTag, { numeric: 'auto' });
  const list = new Intl.ListFormat(intlTag, { style: 'long', type: 'conjunction' });
  return {
    dateTime: (iso) => dateTime.format(new Date(iso)),
    date: (iso) => date.format(new Date(iso)),
    day: (isoDate) => day.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    language: (code) => {
      try {
        return languages.of(code) ?? code;
      } catch {
        return code;
      }
    },
    number: (value) => number.format(value),
    list: (items) => list.format(items),
    relative: (iso, nowMs = Date.now()) => {
      const seconds = Math.round((new Date(iso).getTime() - nowMs) / 1000);
      const [unit, size] =
        RELATIVE_UNITS.find(([, unitSeconds]) => Math.abs(seconds) >= unitSeconds) ??
        RELATIVE_UNITS[RELATIVE_UNITS.length - 1] ??
        (['second', 1] as const);
      return relative.format(Math.round(seconds / size), unit);
    },
    bytes: (value) =>
      new Intl.NumberFormat(intlTag, {
        style: 'unit',
        unit: value >= 1024 * 1024 ? 'megabyte' : 'kilobyte',
        maximumFractionDigits: 1,
      }).format(value >= 1024 * 1024 ? value / (1024 * 1024) : value / 1024),
  };
}

/** Intl formatters for the current UI locale (`LOCALES[locale].intlTag`, digits pinned). */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return useMemo(() => createFormatters(LOCALES[locale].intlTag), [locale]);
}

/**
 * Isolates a value inside a translated sentence (FSI … PDI, the plain-text `<bdi>`), for places
 * where markup is not possible, such as `<option>` labels and interpolated names.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}
