import type { FieldErrors } from '../../errors.js';

export const RECONCILIATION_TRIGGERS = ['SCHEDULED', 'MANUAL'] as const;
export type ReconciliationTrigger = (typeof RECONCILIATION_TRIGGERS)[number];

/** How a discrepancy was closed: by a staff action, a note, a dismissal, or by a later run. */
export const DISCREPANCY_RESOLUTIONS = [
  'LINKED_TO_BOOKING',
  'MOVED_TO_WALLET',
  'MARKED_RESOLVED',
  'NO_LONGER_FOUND',
  'DISMISSED',
] as const;
export type DiscrepancyResolution = (typeof DISCREPANCY_RESOLUTIONS)[number];

/**
 * What staff may do with an open discrepancy: a payment sitting on account is linked to a
 * booking of its customer or moved to their wallet (both post an ALLOCATION entry); any
 * discrepancy may be marked resolved with a note saying what was done.
 */
export const DISCREPANCY_ACTIONS = ['LINK_TO_BOOKING', 'MOVE_TO_WALLET', 'MARK_RESOLVED'] as const;
export type DiscrepancyAction = (typeof DISCREPANCY_ACTIONS)[number];

export const RESOLUTION_OF_ACTION = {
  LINK_TO_BOOKING: 'LINKED_TO_BOOKING',
  MOVE_TO_WALLET: 'MOVED_TO_WALLET',
  MARK_RESOLVED: 'MARKED_RESOLVED',
} as const satisfies Record<DiscrepancyAction, DiscrepancyResolution>;

export const NOTE_MAX = 2000;

/**
 * The note of a resolution or dismissal, trimmed, or the reason it is refused (`problems`
 * gets `note`). `required` for a note-only resolution and a dismissal: the record must say why.
 */
export function checkNote(
  note: string | null | undefined,
  required: boolean,
  problems: FieldErrors,
): string | null {
  const text = note?.trim() ?? '';
  if (!text) {
    if (required) problems.note = 'is required: say what was done or why';
    return null;
  }
  if (text.length > NOTE_MAX) problems.note = `must be at most ${NOTE_MAX} characters`;
  return text;
}
