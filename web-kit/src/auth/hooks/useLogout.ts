import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LogoutDocument, MeDocument } from '../../gql/graphql';

/** Ends the session on the server, forgets every cached row, and returns to the sign-in page. */
export function useLogout() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const [mutate, { loading }] = useMutation(LogoutDocument);

  const logout = useCallback(async () => {
    try {
      await mutate();
    } catch {
      // The session cookie is still valid on the server: staying signed in is honest.
      notifications.show({ color: 'red', message: t('userMenu.logoutFailed') });
      return;
    }
    await client.clearStore();
    client.writeQuery({ query: MeDocument, data: { me: null } });
    await navigate('/login', { replace: true });
  }, [client, mutate, navigate, t]);

  return { logout, loading };
}
