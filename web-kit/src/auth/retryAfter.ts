/**
 * "in 45 seconds", "in 3 minutes", "in 2 hours" (Turkish: "45 saniye sonra", …) in the UI
 * language, rounded up so nobody comes back too early.
 */
export function formatRetryAfter(seconds: number, language: string): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'always' });
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return format.format(whole, 'second');
  if (whole < 3600) return format.format(Math.ceil(whole / 60), 'minute');
  return format.format(Math.ceil(whole / 3600), 'hour');
}
