import { useTranslation } from 'react-i18next';
import { LOCALES } from '#shared/i18n/locales.js';
import { currentLocale } from '#web/lib/i18n.js';

/**
 * An amount that travels as a decimal string with its ISO 4217 code, shown with the locale's
 * currency format (digits pinned by locales.ts). Display only: the string stays the value.
 */
export function useMoney(): (amount: string, currency: string | null) => string {
  const { i18n } = useTranslation();
  const { intlTag } = LOCALES[currentLocale(i18n)];
  return (amount, currency) => {
    const value = Number(amount);
    if (currency === null) return new Intl.NumberFormat(intlTag).format(value);
    try {
      return new Intl.NumberFormat(intlTag, { style: 'currency', currency }).format(value);
    } catch {
      return `${new Intl.NumberFormat(intlTag).format(value)} ${currency}`;
    }
  };
}

/** Today as `YYYY-MM-DD` in the browser's calendar, for date inputs. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Now plus `hours`, as a `datetime-local` value (local time, minutes). */
export function localDateTime(hours = 0, now = new Date()): string {
  const at = new Date(now.getTime() + hours * 3_600_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${localToday(at)}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** `<input type="datetime-local">` works in the browser's time zone; the API takes instants. */
export function toInstant(local: string): string {
  return new Date(local).toISOString();
}
