import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The "Invite staff" dialog, open while the URL says `?invite=1`: other pages link straight
 * to it, and the browser's back button closes it.
 */
export function useInviteDialog() {
  const [params, setParams] = useSearchParams();
  const opened = params.get('invite') === '1';
  const open = useCallback(
    () =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set('invite', '1');
        return next;
      }),
    [setParams],
  );
  const close = useCallback(
    () =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete('invite');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { opened, open, close };
}
