/** Today as `YYYY-MM-DD` in the browser's calendar, for date inputs. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The same calendar day `years` later (29 February falls back to 28). */
export function addYears(isoDate: string, years: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const at = new Date(Date.UTC(year + years, month - 1, day));
  if (at.getUTCMonth() !== month - 1) at.setUTCDate(0);
  return at.toISOString().slice(0, 10);
}

/** A calendar day `days` later. */
export function addDays(isoDate: string, days: number): string {
  const at = new Date(`${isoDate}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
