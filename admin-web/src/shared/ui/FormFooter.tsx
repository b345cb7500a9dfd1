import { Alert, Button, Group } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

/**
 * The end of a dialog's form: why the last attempt failed (already translated), then Cancel
 * and the submit button. Cancel is off while the request runs, so a half-sent change is never
 * abandoned by a click.
 */
export function FormFooter({
  error,
  cancelLabel,
  submitLabel,
  onCancel,
  loading = false,
  submitDisabled = false,
  submitColor,
}: {
  error?: string | null;
  cancelLabel: string;
  submitLabel: string;
  onCancel: () => void;
  loading?: boolean;
  submitDisabled?: boolean;
  submitColor?: string;
}) {
  return (
    <>
      {error && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} disabled={loading}>
          {cancelLabel}
        </Button>
        <Button type="submit" color={submitColor} loading={loading} disabled={submitDisabled}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
