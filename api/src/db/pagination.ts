import { badInput } from '../errors.js';
import { isUuid } from '../ids.js';

/** A page of rows as services return it; resolvers hand it to a GraphQL Connection type. */
export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Opaque cursors: base64url of a key the service orders by. */
export const encodeCursor = (key: string | number) =>
  Buffer.from(String(key)).toString('base64url');
export const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

/** Builds a page from `first + 1` rows fetched after the cursor. */
export function toPage<T>(
  rows: T[],
  first: number,
  totalCount: number,
  keyOf: (row: T) => string | number,
): Page<T> {
  const items = rows.slice(0, first);
  const edges = items.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** Validated page size and decoded cursor. Errors: BAD_USER_INPUT for a size out of range. */
export function pageRequest(args: { first?: number | null; after?: string | null }) {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput({ first: `must be between 1 and ${MAX_PAGE_SIZE}` });
  }
  return { first, after: args.after ? decodeCursor(args.after) : null };
}

/** The key of a list ordered by (name, id): both in the cursor, so equal names page correctly. */
export const nameIdKey = (row: { name: string; id: string }) => JSON.stringify([row.name, row.id]);

/** The (name, id) a cursor of such a list holds. Errors: BAD_USER_INPUT for a foreign cursor. */
export function parseNameIdKey(after: string): { name: string; id: string } {
  try {
    const [name, id] = JSON.parse(after) as unknown[];
    if (typeof name === 'string' && typeof id === 'string' && isUuid(id)) return { name, id };
  } catch {
    // falls through to the error below
  }
  throw badInput({ after: 'is not a cursor of this list' });
}
