import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { canAccess, type Resource } from '../../../shared/lib/can';
import { useCurrentUser } from '../hooks/useCurrentUser';

/** A page of the shell that the signed-in role may not read says so instead of half-loading. */
export function RequireResource({
  resource,
  children,
}: {
  resource: Resource;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  if (user && !canAccess(user.role, resource)) {
    return (
      <Alert color="gray" title={t('forbidden.title')} icon={<IconLock aria-hidden />} maw={560}>
        {t('forbidden.body')}
      </Alert>
    );
  }
  return children;
}
