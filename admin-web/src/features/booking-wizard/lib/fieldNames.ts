/** The input fields of a booking the API may refuse, which the wizard names in words. */
export const KNOWN_FIELDS = [
  'serviceId',
  'startsAt',
  'endsAt',
  'instructorId',
  'date',
  'customerIds',
  'participants',
  'equipment',
  'equipmentIds',
  'notes',
] as const;
export type KnownField = (typeof KNOWN_FIELDS)[number];

export const isKnownField = (field: string): field is KnownField =>
  (KNOWN_FIELDS as readonly string[]).includes(field);
