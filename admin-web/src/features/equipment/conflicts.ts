import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** What holds an item ahead, as a refused retirement lists it (`extensions.holds`). */
export interface Hold {
  kind: 'BOOKING' | 'RENTAL';
  bookingId: string | null;
  rentalId: string | null;
  startsAt: string;
  /** Null while out on a rental not returned yet. */
  endsAt: string | null;
}

/** The holds of a CONFLICT refusal, from `extensions`, never the message; empty otherwise. */
export function holdsOf(error: unknown): Hold[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const holds = error.errors[0]?.extensions?.holds;
  if (!Array.isArray(holds)) return [];
  return holds.filter(
    (h): h is Hold =>
      typeof h === 'object' &&
      h !== null &&
      (h.kind === 'BOOKING' || h.kind === 'RENTAL') &&
      typeof h.startsAt === 'string',
  );
}

/** `extensions.reason` of the first error (RETIRED, HELD_AHEAD, OUT_ON_RENTAL), if any. */
export function reasonOf(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const reason = error.errors[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : undefined;
}
