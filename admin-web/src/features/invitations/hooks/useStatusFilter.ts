import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { InvitationStatus } from '../../../gql/graphql';
import { isInvitationStatus } from '../status';

/** The status shown, kept in the URL (`?status=PENDING`); undefined shows every invitation. */
export function useStatusFilter() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = isInvitationStatus(raw) ? raw : undefined;
  const setStatus = useCallback(
    (next: InvitationStatus | undefined) =>
      setParams((current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set('status', next);
        else updated.delete('status');
        return updated;
      }),
    [setParams],
  );
  return { status, setStatus };
}
