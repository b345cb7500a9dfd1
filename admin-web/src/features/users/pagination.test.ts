import { describe, expect, it } from 'vitest';
import type { UsersQuery } from '../../gql/graphql';
import { appendPage } from './pagination';

function page(ids: string[], hasNextPage: boolean, totalCount: number): UsersQuery {
  return {
    users: {
      totalCount,
      edges: ids.map((id) => ({
        cursor: `c${id}`,
        node: {
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
        hasNextPage,
        endCursor: ids.length ? `c${ids.at(-1)}` : null,
      },
    },
  };
}

const ids = (data: UsersQuery) => data.users.edges.map((edge) => edge.node.id);

describe('appendPage', () => {
  it('appends the rows and takes the next page info and total', () => {
    const merged = appendPage(page(['a', 'b'], true, 5), page(['c', 'd'], true, 5));
    expect(ids(merged)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.users.pageInfo).toMatchObject({ hasNextPage: true, endCursor: 'cd' });
    expect(merged.users.totalCount).toBe(5);
  });

  it('shows a row that moved between pages once', () => {
    const merged = appendPage(page(['a', 'b'], true, 4), page(['b', 'c'], false, 4));
    expect(ids(merged)).toEqual(['a', 'b', 'c']);
    expect(merged.users.pageInfo.hasNextPage).toBe(false);
  });

  it('handles an empty last page', () => {
    const merged = appendPage(page(['a'], true, 1), page([], false, 1));
    expect(ids(merged)).toEqual(['a']);
    expect(merged.users.pageInfo).toMatchObject({ hasNextPage: false, endCursor: null });
  });
});
