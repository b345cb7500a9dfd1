import { Button, EmptyState } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '@plannivo/web-kit/ui';

/** A list that could not be loaded: what failed, why (translated), and a way to try again. */
export function ErrorState({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const message = useErrorText();
  return (
    <EmptyState
      py={56}
      variant="light"
      color="red"
      icon={<IconAlertTriangle size={26} />}
      title={title}
      description={message(error)}
      role="alert"
    >
      {onRetry && (
        <EmptyState.Actions>
          <Button onClick={onRetry} leftSection={<IconRefresh size={16} />}>
            {t('actions.retry')}
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
