import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** One clash of a refused window, as BOOKING_CONFLICT names it in `extensions.conflicts`. */
export interface Clash {
  kind: string;
  startsAt: string;
  endsAt: string;
}

/** The clashes of a BOOKING_CONFLICT refusal (empty for any other error). */
export function clashesOf(error: unknown): Clash[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const first = error.errors.find((e) => e.extensions?.code === 'BOOKING_CONFLICT');
  const conflicts = first?.extensions?.conflicts;
  if (!Array.isArray(conflicts)) return [];
  return conflicts.flatMap((c: unknown) => {
    const { kind, startsAt, endsAt } = (c ?? {}) as Record<string, unknown>;
    return typeof kind === 'string' && typeof startsAt === 'string' && typeof endsAt === 'string'
      ? [{ kind, startsAt, endsAt }]
      : [];
  });
}
