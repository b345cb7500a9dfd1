import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../shared/ui/AppModal';
import { useReconciliationActions } from '../hooks/useReconciliation';
import { NOTE_MAX, refusalOf, type Discrepancy } from '../lib/discrepancy';
import { DiscrepancyDescription } from './DiscrepancyDescription';

/** Dismisses an open discrepancy as no error, with the reason (required). */
export function DismissModal({
  discrepancy,
  onClose,
}: {
  discrepancy: Discrepancy | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('reconciliation');
  const { t: tc } = useTranslation();
  const errorText = useErrorText();
  const actions = useReconciliationActions();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  const close = () => {
    setNote('');
    setNoteError(null);
    setFormError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!discrepancy) return;
    const text = note.trim();
    setFormError(null);
    if (!text) return setNoteError(t('resolve.noteRequired'));
    setNoteError(null);
    try {
      await actions.dismiss({ variables: { id: discrepancy.id, note: text } });
      notifications.show({ color: 'teal', message: t('dismiss.done') });
      close();
    } catch (err) {
      const refusal = refusalOf(err);
      if (refusal.kind === 'fields' && refusal.fields.note)
        setNoteError(t('resolve.noteTooLong', { max: NOTE_MAX }));
      else if (refusal.kind === 'closed') setFormError(t('resolve.closed'));
      else setFormError(errorText(err));
    }
  };

  return (
    <AppModal
      opened={discrepancy !== null}
      onClose={actions.dismissing ? () => undefined : close}
      size="lg"
      title={discrepancy ? t('dismiss.title', { kind: t(`kinds.${discrepancy.kind}`) }) : ''}
    >
      {discrepancy && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <DiscrepancyDescription discrepancy={discrepancy} />
            <Text fz="sm">{t('dismiss.intro')}</Text>
            <Textarea
              label={t('dismiss.note')}
              placeholder={t('dismiss.notePlaceholder')}
              required
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={noteError}
              autosize
              minRows={3}
              maxLength={NOTE_MAX}
              data-autofocus
            />
            {formError && (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlertCircle aria-hidden />}
                role="alert"
              >
                {formError}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={actions.dismissing}>
                {tc('actions.close')}
              </Button>
              <Button type="submit" color="red" loading={actions.dismissing}>
                {t('dismiss.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
