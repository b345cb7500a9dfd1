import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useErrorText } from './useErrorText';

/** A form's failure, in words (see `useErrorText`); `children` adds a way out (links). */
export function ErrorAlert({
  error,
  title,
  message,
  children,
}: {
  error: unknown;
  title?: string;
  /** Replaces the generic sentence for this error, when the form knows better. */
  message?: string;
  children?: ReactNode;
}) {
  const errorText = useErrorText();
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertCircle aria-hidden />}>
      {message ?? errorText(error)}
      {children}
    </Alert>
  );
}
