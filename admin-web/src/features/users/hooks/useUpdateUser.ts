import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { UpdateUserDocument, type UpdateUserInput } from '../../../gql/graphql';

/** Saves a user's name, role or locations; the answer updates every view of them. */
export function useUpdateUser() {
  const [mutate, { loading, error, reset }] = useMutation(UpdateUserDocument);
  const updateUser = useCallback(
    async (id: string, input: UpdateUserInput) => {
      const { data } = await mutate({ variables: { id, input } });
      return data?.updateUser;
    },
    [mutate],
  );
  return { updateUser, loading, error, reset };
}
