import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getErrorCode, getFieldErrors } from '@plannivo/web-kit/errors';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../shared/ui/AppModal';
import type { Task } from '../board';
import { useTaskActions } from '../hooks/useMaintenance';

const TEXT_MAX = 2000;

/**
 * Closes an open task: `complete` with what was done (a repair done puts the item back in
 * service when no other repair is open), or `cancel` with why it is not needed.
 */
export function CloseTaskModal({
  task,
  mode,
  onClose,
}: {
  task: Task | null;
  mode: 'complete' | 'cancel';
  onClose: () => void;
}) {
  const { t } = useTranslation('maintenance');
  const { t: tc } = useTranslation();
  const errorText = useErrorText();
  const actions = useTaskActions();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const busy = mode === 'complete' ? actions.completing : actions.cancelling;

  const close = () => {
    setText('');
    setError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!task) return;
    setError(null);
    try {
      const value = text.trim() || null;
      if (mode === 'complete') {
        const res = await actions.complete({ variables: { id: task.id, resolution: value } });
        const done = res.data?.completeMaintenanceTask;
        notifications.show({
          color: 'teal',
          message:
            done?.kind === 'REPAIR'
              ? t('complete.doneRepair', { name: task.equipment.name })
              : t('complete.done', { name: task.equipment.name }),
        });
      } else {
        await actions.cancel({ variables: { id: task.id, reason: value } });
        notifications.show({
          color: 'teal',
          message: t('cancel.done', { name: task.equipment.name }),
        });
      }
      close();
    } catch (err) {
      const fields = getFieldErrors(err);
      if (getErrorCode(err) === 'BAD_USER_INPUT' && (fields.resolution || fields.reason))
        setError(t('close.tooLong', { max: TEXT_MAX }));
      else if (getErrorCode(err) === 'CONFLICT') setError(t('close.alreadyClosed'));
      else setError(errorText(err));
    }
  };

  return (
    <AppModal
      opened={task !== null}
      onClose={busy ? () => undefined : close}
      title={task ? t(`${mode}.title`, { name: task.equipment.name }) : ''}
    >
      {task && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <Text fz="sm">
              {mode === 'complete'
                ? t(task.kind === 'REPAIR' ? 'complete.introRepair' : 'complete.introService', {
                    title: task.title,
                  })
                : t('cancel.intro', { title: task.title })}
            </Text>
            <Textarea
              label={mode === 'complete' ? t('complete.resolution') : t('cancel.reason')}
              placeholder={
                mode === 'complete'
                  ? t('complete.resolutionPlaceholder')
                  : t('cancel.reasonPlaceholder')
              }
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={3}
              maxLength={TEXT_MAX}
              data-autofocus
            />
            {error && (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlertCircle aria-hidden />}
                role="alert"
              >
                {error}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={busy}>
                {tc('actions.close')}
              </Button>
              <Button type="submit" loading={busy} color={mode === 'complete' ? 'teal' : 'red'}>
                {mode === 'complete' ? t('complete.submit') : t('cancel.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
