import type { UsersQuery } from '../../gql/graphql';

/**
 * The list after "Load more": the next page's rows appended (a row already shown, moved by a
 * change in between, is not shown twice), with the next page's cursor and total.
 */
export function appendPage(previous: UsersQuery, next: UsersQuery): UsersQuery {
  const seen = new Set(previous.users.edges.map((edge) => edge.node.id));
  return {
    ...previous,
    users: {
      ...next.users,
      edges: [...previous.users.edges, ...next.users.edges.filter((e) => !seen.has(e.node.id))],
    },
  };
}
