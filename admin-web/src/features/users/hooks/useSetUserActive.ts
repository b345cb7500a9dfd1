import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { DeactivateUserDocument, ReactivateUserDocument } from '../../../gql/graphql';

/**
 * Deactivates (signs out everywhere, no more sign-ins) or reactivates an account. The answer
 * carries `active`, so the row changes in place, even in a list filtered by status: the
 * admin sees what they just did rather than the row vanishing.
 */
export function useSetUserActive() {
  const [deactivate, deactivation] = useMutation(DeactivateUserDocument);
  const [reactivate, reactivation] = useMutation(ReactivateUserDocument);

  const setActive = useCallback(
    async (id: string, active: boolean) => {
      if (active) await reactivate({ variables: { id } });
      else await deactivate({ variables: { id } });
    },
    [deactivate, reactivate],
  );

  const { reset: resetDeactivation } = deactivation;
  const { reset: resetReactivation } = reactivation;
  const reset = useCallback(() => {
    resetDeactivation();
    resetReactivation();
  }, [resetDeactivation, resetReactivation]);

  return {
    setActive,
    loading: deactivation.loading || reactivation.loading,
    error: deactivation.error ?? reactivation.error,
    reset,
  };
}
