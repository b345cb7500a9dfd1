import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { ChangePasswordDocument, MySessionsDocument } from '../../gql/graphql';

/**
 * Changes the caller's password (`changePassword`). The API ends every other session of the
 * account on success, so the devices list is asked again.
 */
export function useChangePassword() {
  const [mutate, { loading }] = useMutation(ChangePasswordDocument, {
    refetchQueries: [MySessionsDocument],
  });
  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => {
      await mutate({ variables: { currentPassword, newPassword } });
    },
    [mutate],
  );
  return { changePassword, loading };
}
