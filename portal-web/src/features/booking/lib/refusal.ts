import { getErrorCode, getFieldErrors } from '@plannivo/web-kit/errors';

/** Why a booking request was refused, in the few shapes the phone screens tell apart. */
export type Refusal =
  /** A running group filled up meanwhile: its waiting list can be joined. */
  | { kind: 'sessionFull'; bookingId: string }
  /** The time was taken meanwhile (instructor, gear or room). */
  | { kind: 'taken' }
  /** The API named fields it refused (its own words, English). */
  | { kind: 'fields'; fields: Record<string, string> }
  | { kind: 'other' };

function extensionsOf(error: unknown): Record<string, unknown> {
  const errors = (error as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return {};
  for (const item of errors) {
    const ext = (item as { extensions?: Record<string, unknown> } | null)?.extensions;
    if (ext?.code) return ext;
  }
  return {};
}

/** Reads the refusal from `extensions` (never from the message). */
export function refusalOf(error: unknown): Refusal {
  const code = getErrorCode(error);
  if (code === 'BOOKING_CONFLICT') {
    const ext = extensionsOf(error);
    if (ext.reason === 'SESSION_FULL' && typeof ext.bookingId === 'string')
      return { kind: 'sessionFull', bookingId: ext.bookingId };
    return { kind: 'taken' };
  }
  const fields = getFieldErrors(error);
  if (Object.keys(fields).length) return { kind: 'fields', fields };
  return { kind: 'other' };
}
