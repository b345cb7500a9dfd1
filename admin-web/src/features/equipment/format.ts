/** Hours of use as the reader writes them: `96.5` / `96,5`, at most one decimal. */
export function formatHours(hours: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(hours);
}

/** A calendar date (`YYYY-MM-DD`, no time zone) as the reader writes it: `15 Mar 2025`. */
export function formatLocalDate(date: string, language: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
