/**
 * Where each record form's texts are in its namespace: `<prefix>.formLabel`, `.failedTitle`,
 * `.checkFields`, `.save` and `.discard` (the test beside this file checks both languages).
 */
export const RECORD_FORM_KEYS = {
  customers: 'profile',
  instructors: 'profile',
  locations: 'detail',
} as const;

export type RecordFormNamespace = keyof typeof RECORD_FORM_KEYS;

/** The texts `RecordForm` reads under its prefix. */
export const RECORD_FORM_TEXTS = [
  'formLabel',
  'failedTitle',
  'checkFields',
  'save',
  'discard',
] as const;
