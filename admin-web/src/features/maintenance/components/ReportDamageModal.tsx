import { Alert, Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getErrorCode, getFieldErrors } from '@plannivo/web-kit/errors';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../shared/ui/AppModal';
import { useEquipmentChoices, useTaskActions } from '../hooks/useMaintenance';
import { useCategoryLabel } from './TaskCard';

const TITLE_MAX = 120;
const NOTES_MAX = 2000;

/**
 * Staff report damage on an item of the location, picked by name: a repair task opens and the
 * item is out of service (offered to no booking or rental) until the repair is done.
 */
export function ReportDamageModal({
  locationId,
  opened,
  onClose,
}: {
  locationId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('maintenance');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('report.title')}>
      {opened && <ReportForm locationId={locationId} onClose={onClose} />}
    </AppModal>
  );
}

function ReportForm({ locationId, onClose }: { locationId: string; onClose: () => void }) {
  const { t } = useTranslation('maintenance');
  const { t: tc } = useTranslation();
  const errorText = useErrorText();
  const categoryLabel = useCategoryLabel();
  const choices = useEquipmentChoices(locationId, false);
  const { report, reporting } = useTaskActions();
  const [equipmentId, setEquipmentId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState('');
  const [problems, setProblems] = useState<{ item?: string; title?: string; form?: string }>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = {
      item: equipmentId ? undefined : t('report.itemRequired'),
      title: title.trim() ? undefined : t('report.problemRequired'),
    };
    setProblems(local);
    if (local.item || local.title) return;
    try {
      const res = await report({
        variables: {
          input: { equipmentId: equipmentId!, title: title.trim(), notes: notes.trim() || null },
        },
      });
      notifications.show({
        color: 'teal',
        message: t('report.done', { name: res.data?.createRepairTask.equipment.name ?? '' }),
      });
      onClose();
    } catch (err) {
      const fields = getFieldErrors(err);
      if (getErrorCode(err) === 'BAD_USER_INPUT' && fields.equipmentId)
        setProblems({ item: t('report.retired') });
      else if (getErrorCode(err) === 'BAD_USER_INPUT' && fields.title)
        setProblems({ title: t('report.problemTooLong', { max: TITLE_MAX }) });
      else setProblems({ form: errorText(err) });
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text fz="sm">{t('report.intro')}</Text>
        <Select
          label={t('report.item')}
          placeholder={choices.loading ? t('report.itemsLoading') : t('report.itemPlaceholder')}
          data={choices.items.map((item) => ({
            value: item.id,
            label: [item.name, categoryLabel(item.category)].join(' · '),
          }))}
          value={equipmentId}
          onChange={setEquipmentId}
          searchable
          nothingFoundMessage={t('report.noItem')}
          error={problems.item ?? (choices.error ? errorText(choices.error) : undefined)}
          required
          data-autofocus
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          label={t('report.problem')}
          placeholder={t('report.problemPlaceholder')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          maxLength={TITLE_MAX}
          error={problems.title}
          required
        />
        <Textarea
          label={t('report.notes')}
          placeholder={t('report.notesPlaceholder')}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={NOTES_MAX}
        />
        {problems.form && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {problems.form}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={reporting}>
            {tc('actions.close')}
          </Button>
          <Button type="submit" color="orange" loading={reporting}>
            {t('report.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
