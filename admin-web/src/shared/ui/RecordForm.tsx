import { Alert, Button, Group, Stack } from '@mantine/core';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle } from '@tabler/icons-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RECORD_FORM_KEYS, type RecordFormNamespace } from '../lib/formTexts';

/**
 * A record's edit form: why the last save failed on top, the sections, and Discard and Save
 * under them, both off while nothing changed. Read-only disables every field and leaves the
 * buttons out. Its texts are the namespace's (`RECORD_FORM_KEYS`).
 */
export function RecordForm({
  ns,
  readOnly,
  onSubmit,
  error,
  byField,
  dirty,
  saving,
  onDiscard,
  children,
}: {
  ns: RecordFormNamespace;
  readOnly: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The last save's failure, if any. */
  error?: unknown;
  /** The failure is shown on the fields it refused. */
  byField: boolean;
  dirty: boolean;
  saving: boolean;
  onDiscard: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation(ns, { keyPrefix: RECORD_FORM_KEYS[ns] });
  const errorMessage = useErrorText();
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('formLabel')}>
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="lg">
          {Boolean(error) && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle aria-hidden />}
              title={t('failedTitle')}
              role="alert"
            >
              {byField ? t('checkFields') : errorMessage(error)}
            </Alert>
          )}
          {children}
          {!readOnly && (
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onDiscard} disabled={!dirty || saving}>
                {t('discard')}
              </Button>
              <Button type="submit" loading={saving} disabled={!dirty}>
                {t('save')}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
