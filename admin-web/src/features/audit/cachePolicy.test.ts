import { InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { AuditLogDocument, type AuditLogQuery } from '../../gql/graphql';
import { auditTypePolicies } from './cachePolicy';

// A real cache with the app's policy: what `fetchMore` and a change of filter do to the list.

function page(ids: number[], hasNextPage: boolean, totalCount: number): AuditLogQuery {
  return {
    auditLog: {
      __typename: 'AuditEntryConnection',
      totalCount,
      edges: ids.map((id) => ({
        __typename: 'AuditEntryEdge',
        cursor: `c${id}`,
        node: {
          __typename: 'AuditEntry',
          id: String(id),
          occurredAt: '2026-07-03T11:05:09.000Z',
          action: 'auth.login',
          entityType: 'user',
          entityId: 'u1',
          data: {},
          ip: '127.0.0.1',
          requestId: `r${id}`,
          actor: null,
        },
      })),
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage,
        endCursor: ids.length ? `c${ids.at(-1)}` : null,
      },
    },
  } as AuditLogQuery;
}

const ids = (data: AuditLogQuery | null) => data?.auditLog.edges.map((edge) => edge.node.id);

describe('audit log cache policy', () => {
  it('appends the next page and keeps the latest page info and total', () => {
    const cache = new InMemoryCache({ typePolicies: auditTypePolicies });
    const first = { filter: null, first: 2 };
    cache.writeQuery({ query: AuditLogDocument, variables: first, data: page([5, 4], true, 5) });
    cache.writeQuery({
      query: AuditLogDocument,
      variables: { ...first, after: 'c4' },
      data: page([3, 2], true, 5),
    });

    const merged = cache.readQuery({ query: AuditLogDocument, variables: first });
    expect(ids(merged)).toEqual(['5', '4', '3', '2']);
    expect(merged?.auditLog.pageInfo).toMatchObject({ hasNextPage: true, endCursor: 'c2' });
    expect(merged?.auditLog.totalCount).toBe(5);
  });

  it('keeps one list per filter', () => {
    const cache = new InMemoryCache({ typePolicies: auditTypePolicies });
    const all = { filter: null, first: 2 };
    const failed = { filter: { action: 'auth.login_failed' }, first: 2 };
    cache.writeQuery({ query: AuditLogDocument, variables: all, data: page([5, 4], true, 5) });
    cache.writeQuery({ query: AuditLogDocument, variables: failed, data: page([3], false, 1) });

    expect(ids(cache.readQuery({ query: AuditLogDocument, variables: all }))).toEqual(['5', '4']);
    expect(ids(cache.readQuery({ query: AuditLogDocument, variables: failed }))).toEqual(['3']);
  });

  it('starts over when the first page is fetched again', () => {
    const cache = new InMemoryCache({ typePolicies: auditTypePolicies });
    const first = { filter: null, first: 2 };
    cache.writeQuery({ query: AuditLogDocument, variables: first, data: page([5, 4], true, 5) });
    cache.writeQuery({
      query: AuditLogDocument,
      variables: { ...first, after: 'c4' },
      data: page([3, 2], true, 5),
    });
    cache.writeQuery({ query: AuditLogDocument, variables: first, data: page([6, 5], true, 6) });

    const refreshed = cache.readQuery({ query: AuditLogDocument, variables: first });
    expect(ids(refreshed)).toEqual(['6', '5']);
    expect(refreshed?.auditLog.totalCount).toBe(6);
  });
});
