import { InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { UsersDocument, type UsersQuery, type UsersQueryVariables } from '../../gql/graphql';
import { usersTypePolicies } from './cachePolicy';

// A real cache with the app's policy: what `fetchMore` and a change of filter do to the list.

function page(ids: string[], hasNextPage: boolean, totalCount: number): UsersQuery {
  return {
    users: {
      __typename: 'UserConnection',
      totalCount,
      edges: ids.map((id) => ({
        __typename: 'UserEdge',
        cursor: `c${id}`,
        node: {
          __typename: 'User',
          id,
          name: `User ${id}`,
          email: `${id}@example.com`,
          role: 'INSTRUCTOR',
          active: true,
          lastLoginAt: null,
          createdAt: '2026-07-01T10:00:00.000Z',
          locations: [],
        },
      })),
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage,
        endCursor: ids.length ? `c${ids.at(-1)}` : null,
      },
    },
  } as UsersQuery;
}

const ids = (data: UsersQuery | null) => data?.users.edges.map((edge) => edge.node.id);

function cacheWith(...pages: [variables: UsersQueryVariables, data: UsersQuery][]) {
  const cache = new InMemoryCache({ typePolicies: usersTypePolicies });
  for (const [variables, data] of pages)
    cache.writeQuery({ query: UsersDocument, variables, data });
  return cache;
}

const first: UsersQueryVariables = { filter: null, first: 2 };

describe('users cache policy', () => {
  it('appends the next page and keeps the latest page info and total', () => {
    const cache = cacheWith(
      [first, page(['a', 'b'], true, 5)],
      [{ ...first, after: 'cb' }, page(['c', 'd'], true, 5)],
    );
    const merged = cache.readQuery({ query: UsersDocument, variables: first });
    expect(ids(merged)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged?.users.pageInfo).toMatchObject({ hasNextPage: true, endCursor: 'cd' });
    expect(merged?.users.totalCount).toBe(5);
  });

  it('shows a person who moved between pages once, where they already were', () => {
    const cache = cacheWith(
      [first, page(['a', 'b'], true, 4)],
      [{ ...first, after: 'cb' }, page(['b', 'c'], false, 4)],
    );
    const merged = cache.readQuery({ query: UsersDocument, variables: first });
    expect(ids(merged)).toEqual(['a', 'b', 'c']);
    expect(merged?.users.pageInfo.hasNextPage).toBe(false);
  });

  it('handles an empty last page', () => {
    const cache = cacheWith(
      [first, page(['a'], true, 1)],
      [{ ...first, after: 'ca' }, page([], false, 1)],
    );
    const merged = cache.readQuery({ query: UsersDocument, variables: first });
    expect(ids(merged)).toEqual(['a']);
    expect(merged?.users.pageInfo.hasNextPage).toBe(false);
  });

  it('keeps one list per filter, whatever the page size', () => {
    const admins: UsersQueryVariables = { filter: { role: 'ADMIN' }, first: 2 };
    const cache = cacheWith([first, page(['a', 'b'], true, 5)], [admins, page(['z'], false, 1)]);
    expect(ids(cache.readQuery({ query: UsersDocument, variables: first }))).toEqual(['a', 'b']);
    expect(ids(cache.readQuery({ query: UsersDocument, variables: admins }))).toEqual(['z']);
    expect(
      ids(cache.readQuery({ query: UsersDocument, variables: { ...admins, first: 25 } })),
    ).toEqual(['z']);
  });

  it('starts over when the first page is fetched again', () => {
    const cache = cacheWith(
      [first, page(['a', 'b'], true, 5)],
      [{ ...first, after: 'cb' }, page(['c', 'd'], true, 5)],
      [first, page(['new', 'a'], true, 6)],
    );
    const refreshed = cache.readQuery({ query: UsersDocument, variables: first });
    expect(ids(refreshed)).toEqual(['new', 'a']);
    expect(refreshed?.users.totalCount).toBe(6);
  });
});
