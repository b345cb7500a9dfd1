import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { LoginDocument, type CurrentUserFragment } from '../../gql/graphql';
import { useCompleteSignIn } from './useCompleteSignIn';

/** Signs in. The API answers with the user and sets the httpOnly session cookie. */
export function useLogin() {
  const completeSignIn = useCompleteSignIn();
  const [mutate, { loading, error, reset }] = useMutation(LoginDocument);

  const login = useCallback(
    async (email: string, password: string): Promise<CurrentUserFragment> => {
      const { data } = await mutate({ variables: { email, password } });
      if (!data) throw new Error('login returned no data');
      const { user } = data.login;
      await completeSignIn(user);
      return user;
    },
    [completeSignIn, mutate],
  );

  return { login, loading, error, reset };
}
