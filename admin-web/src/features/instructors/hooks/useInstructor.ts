import { useQuery } from '@apollo/client/react';
import { InstructorDocument, MyInstructorProfileDocument } from '../../../gql/graphql';

/**
 * One instructor's profile. Shown from the cache at once and refreshed, since another desk
 * may have changed it. `own` reads the signed-in instructor's own profile instead of `id`.
 */
export function useInstructor(target: { id: string } | { own: true }) {
  const byId = useQuery(InstructorDocument, {
    variables: { id: 'id' in target ? target.id : '' },
    skip: !('id' in target),
    fetchPolicy: 'cache-and-network',
  });
  const own = useQuery(MyInstructorProfileDocument, {
    skip: 'id' in target,
    fetchPolicy: 'cache-and-network',
  });
  const result = 'id' in target ? byId : own;
  const data = result.data;
  const instructor =
    (data && ('instructor' in data ? data.instructor : data.myInstructorProfile)) ?? null;
  return {
    instructor,
    loading: result.loading && !data,
    notFound: Boolean(data) && !instructor,
    error: data ? undefined : result.error,
    retry: () => void result.refetch().catch(() => undefined),
  };
}
