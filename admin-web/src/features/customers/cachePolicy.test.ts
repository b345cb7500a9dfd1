import { InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import {
  CustomersDocument,
  type CustomersQuery,
  type CustomersQueryVariables,
} from '../../gql/graphql';
import { customersTypePolicies } from './cachePolicy';

// A real cache with the app's policy: what `fetchMore` and a new search or filter do to the list.

function page(ids: string[], hasNextPage: boolean, totalCount: number): CustomersQuery {
  return {
    customers: {
      __typename: 'CustomerConnection',
      totalCount,
      edges: ids.map((id, i) => ({
        __typename: 'CustomerEdge',
        cursor: `${i + 1}`,
        node: {
          __typename: 'Customer',
          id,
          name: `Customer ${id}`,
          email: null,
          phone: null,
          tags: [],
          skills: [],
          user: null,
          createdAt: '2026-07-01T10:00:00.000Z',
        },
      })),
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage,
        endCursor: ids.length ? `end-${ids.at(-1)}` : null,
      },
    },
  } as CustomersQuery;
}

const ids = (data: CustomersQuery | null) => data?.customers.edges.map((edge) => edge.node.id);

function cacheWith(...pages: [variables: CustomersQueryVariables, data: CustomersQuery][]) {
  const cache = new InMemoryCache({ typePolicies: customersTypePolicies });
  for (const [variables, data] of pages)
    cache.writeQuery({ query: CustomersDocument, variables, data });
  return cache;
}

const all: CustomersQueryVariables = { search: null, filter: null, first: 2 };
const searched: CustomersQueryVariables = { search: 'ayse demr', filter: null, first: 2 };

describe('customers cache policy', () => {
  it('appends the next page and keeps the latest page info and total', () => {
    const cache = cacheWith(
      [all, page(['a', 'b'], true, 5)],
      [{ ...all, after: 'end-b' }, page(['c', 'd'], true, 5)],
    );
    const merged = cache.readQuery({ query: CustomersDocument, variables: all });
    expect(ids(merged)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged?.customers.pageInfo).toMatchObject({ hasNextPage: true, endCursor: 'end-d' });
    expect(merged?.customers.totalCount).toBe(5);
  });

  it('keeps one list per search and per filter', () => {
    const kite = { ...all, filter: { discipline: 'KITE' as const } };
    const cache = cacheWith(
      [all, page(['a', 'b'], false, 2)],
      [searched, page(['x'], false, 1)],
      [kite, page(['k'], false, 1)],
    );
    expect(ids(cache.readQuery({ query: CustomersDocument, variables: all }))).toEqual(['a', 'b']);
    expect(ids(cache.readQuery({ query: CustomersDocument, variables: searched }))).toEqual(['x']);
    expect(ids(cache.readQuery({ query: CustomersDocument, variables: kite }))).toEqual(['k']);
  });

  it('shows a record that moved between pages once, where it already was', () => {
    const cache = cacheWith(
      [searched, page(['a', 'b'], true, 4)],
      [{ ...searched, after: 'end-b' }, page(['b', 'c'], false, 4)],
    );
    expect(ids(cache.readQuery({ query: CustomersDocument, variables: searched }))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('replaces the list when it is loaded again from the start', () => {
    const cache = cacheWith(
      [all, page(['a', 'b'], true, 4)],
      [{ ...all, after: 'end-b' }, page(['c', 'd'], false, 4)],
      [all, page(['z', 'a'], true, 5)],
    );
    expect(ids(cache.readQuery({ query: CustomersDocument, variables: all }))).toEqual(['z', 'a']);
  });
});
