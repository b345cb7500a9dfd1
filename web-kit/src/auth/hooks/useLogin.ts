import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { LoginDocument, MeDocument, type CurrentUserFragment } from '../../gql/graphql';
import { useApplyAccountLanguage } from '../../locale/hooks/useApplyAccountLanguage';

/**
 * Signs in. The API answers with the user and sets the httpOnly session cookie. Clearing the
 * store drops anything cached while anonymous and makes the app reconnect its socket with
 * the new cookie (see `onClearStore` in app/apollo.ts).
 */
export function useLogin() {
  const client = useApolloClient();
  const applyAccountLanguage = useApplyAccountLanguage();
  const [mutate, { loading, error, reset }] = useMutation(LoginDocument);

  const login = useCallback(
    async (email: string, password: string): Promise<CurrentUserFragment> => {
      const { data } = await mutate({ variables: { email, password } });
      if (!data) throw new Error('login returned no data');
      const { user } = data.login;
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: user } });
      await applyAccountLanguage(user);
      return user;
    },
    [applyAccountLanguage, client, mutate],
  );

  return { login, loading, error, reset };
}
