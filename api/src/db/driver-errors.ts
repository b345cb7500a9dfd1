/**
 * Whether an error is postgres.js's own array-type lookup failing: on every new connection
 * (`fetch_types`) the driver queries pg_type and drops that promise, so when the connection
 * dies at that moment (a database outage, a restart) the rejection reaches no caller and is
 * reported as unhandled (porsager/postgres issues 1192, 1205, 1223, open for 3.4.9). The query
 * the caller made fails on its own and is handled as usual; this one is safe to log and drop.
 * `fetch_types: false` would avoid it but breaks the uuid[] parameters our queries send.
 */
export function isDriverTypeLookupError(error: unknown): boolean {
  const query = (error as { query?: unknown } | null)?.query;
  return (
    typeof query === 'string' && query.includes('pg_catalog.pg_type') && query.includes('typarray')
  );
}
