import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { MeDocument, type CurrentUserFragment } from '../../gql/graphql';
import { useApplyAccountLanguage } from '../../locale/hooks/useApplyAccountLanguage';

/**
 * What follows any answer that set a session cookie (sign-in, sign-up, accepted invitation):
 * clearing the store drops anything cached while anonymous and makes the app reconnect its
 * socket with the new cookie (see `onClearStore` in createApolloClient); the user becomes
 * `me`; the UI language and the account's are reconciled.
 */
export function useCompleteSignIn(): (user: CurrentUserFragment) => Promise<void> {
  const client = useApolloClient();
  const applyAccountLanguage = useApplyAccountLanguage();
  return useCallback(
    async (user: CurrentUserFragment) => {
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: user } });
      await applyAccountLanguage(user);
    },
    [applyAccountLanguage, client],
  );
}
