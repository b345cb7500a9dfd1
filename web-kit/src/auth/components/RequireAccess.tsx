import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUserFragment } from '../../gql/graphql';
import { useCurrentUser } from '../hooks/useCurrentUser';

/**
 * A page of the shell that the signed-in user may not open says so instead of half-loading.
 * `allow` is the app's own rule (its `canAccess` table).
 */
export function RequireAccess({
  allow,
  children,
}: {
  allow: (user: CurrentUserFragment) => boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  if (user && !allow(user)) {
    return (
      <Alert color="gray" title={t('forbidden.title')} icon={<IconLock aria-hidden />} maw={560}>
        {t('forbidden.body')}
      </Alert>
    );
  }
  return children;
}
