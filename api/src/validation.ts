/** Checks of plain values shared by every module; the rules a form can repeat. */

/** Enough of an email check to catch typos; delivery proves the rest. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A time of day as HH:MM, 00:00 to 23:59. */
export const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
