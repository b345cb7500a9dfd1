/**
 * The wall-clock time at a location, in the UI language. Every location has its own IANA
 * time zone; the browser's own zone never matters. An unknown zone yields undefined rather
 * than a wrong time.
 */
export function formatLocalTime(
  instant: Date,
  timeZone: string,
  language: string,
  options: Intl.DateTimeFormatOptions = { weekday: 'short', hour: '2-digit', minute: '2-digit' },
): string | undefined {
  try {
    return new Intl.DateTimeFormat(language, { ...options, timeZone }).format(instant);
  } catch {
    return undefined;
  }
}

/** The zone's short offset name, e.g. `GMT+3`. */
export function formatUtcOffset(instant: Date, timeZone: string, language: string) {
  try {
    return new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
}
