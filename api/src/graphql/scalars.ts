import { GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

/** `DateTime` per the contract: an ISO 8601 instant in UTC (`...Z`). */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeISOResolver.toConfig(),
  name: 'DateTime',
  description: 'An ISO 8601 instant in UTC, such as 2026-06-01T14:00:00.000Z',
});

/** `LocalDate` per the contract: `YYYY-MM-DD`, a calendar day with no time zone. */
export { LocalDateResolver as LocalDateScalar } from 'graphql-scalars';
