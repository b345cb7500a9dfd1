import { Button, Stack } from '@mantine/core';
import { ErrorAlert } from '@plannivo/web-kit/ui';
import { IconChevronLeft } from '@tabler/icons-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A step's form: its fields, what went wrong saving, and Back / Save and continue. */
export function StepForm({
  onSubmit,
  onBack,
  busy,
  failure,
  fieldsRefused,
  last = false,
  children,
}: {
  onSubmit: () => Promise<unknown>;
  /** Absent on the first step. */
  onBack?: () => void;
  busy: boolean;
  failure: unknown;
  /** The API named fields of this step: they carry the details, the alert only points there. */
  fieldsRefused: boolean;
  last?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation('onboarding');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void onSubmit();
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {children}
        {failure !== undefined && (
          <ErrorAlert
            error={failure}
            title={t('saveFailed')}
            message={fieldsRefused ? t('fieldsRejected') : undefined}
          />
        )}
        {/* Stacked: both labels stay whole on a narrow phone, the main one under the thumb. */}
        <Stack gap="xs" mt="xs">
          <Button type="submit" size="md" fullWidth loading={busy}>
            {last ? t('finish') : t('next')}
          </Button>
          {onBack && (
            <Button
              variant="subtle"
              color="gray"
              size="md"
              fullWidth
              leftSection={<IconChevronLeft size={18} aria-hidden />}
              onClick={onBack}
              disabled={busy}
            >
              {t('back')}
            </Button>
          )}
        </Stack>
      </Stack>
    </form>
  );
}
