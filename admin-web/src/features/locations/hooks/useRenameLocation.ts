import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { UpdateLocationDocument } from '../../../gql/graphql';

/** Renames a location. The answer carries the id, so the normalised cache updates every view. */
export function useRenameLocation() {
  const [mutate, { loading, error, reset }] = useMutation(UpdateLocationDocument);
  const rename = useCallback(
    async (id: string, name: string) => {
      const { data } = await mutate({ variables: { id, input: { name } } });
      return data?.updateLocation;
    },
    [mutate],
  );
  return { rename, loading, error, reset };
}
