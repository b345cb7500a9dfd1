import '@mantine/dates/styles.css';
import 'dayjs/locale/tr';
import { Alert, Button, Group, List, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DatesProvider, DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { getErrorCode } from '@plannivo/web-kit/errors';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../shared/ui/AppModal';
import { holdsOf, reasonOf } from '../conflicts';
import {
  useAddEquipmentNote,
  useRetireEquipment,
  useScheduleEquipmentWindow,
} from '../hooks/useEquipmentItem';
import {
  formatZoned,
  formatZonedRange,
  instantToWallClock,
  wallClockToInstant,
} from '../lib/wallClock';
import { NOTES_MAX, REASON_MAX } from '../rules';

interface Target {
  id: string;
  name: string;
  timeZone: string;
}

function ModalButtons({
  loading,
  submitLabel,
  onClose,
  color,
}: {
  loading: boolean;
  submitLabel: string;
  onClose: () => void;
  color?: string;
}) {
  const { t: tc } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onClose} disabled={loading}>
        {tc('actions.cancel')}
      </Button>
      <Button type="submit" loading={loading} color={color}>
        {submitLabel}
      </Button>
    </Group>
  );
}

/** Adds a note to the item's log. */
export function NoteModal({
  item,
  opened,
  onClose,
}: {
  item: Target;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('equipment');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('note.title')}>
      {opened && <NoteForm item={item} onClose={onClose} />}
    </AppModal>
  );
}

function NoteForm({ item, onClose }: { item: Target; onClose: () => void }) {
  const { t } = useTranslation('equipment');
  const errorText = useErrorText();
  const { addNote, loading, error } = useAddEquipmentNote();
  const form = useForm({
    mode: 'controlled',
    initialValues: { notes: '' },
    validate: {
      notes: (value) =>
        !value.trim()
          ? t('form.errors.required')
          : value.trim().length > NOTES_MAX
            ? t('form.errors.tooLong')
            : null,
    },
  });
  const submit = form.onSubmit(async ({ notes }) => {
    try {
      await addNote(item.id, notes.trim());
      notifications.show({ color: 'teal', message: t('note.done') });
      onClose();
    } catch {
      // Shown from the mutation's error state.
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {error !== undefined && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {errorText(error)}
          </Alert>
        )}
        <Textarea
          label={t('note.label')}
          placeholder={t('note.placeholder')}
          autosize
          minRows={3}
          maxLength={NOTES_MAX}
          required
          data-autofocus
          {...form.getInputProps('notes')}
        />
        <ModalButtons loading={loading} submitLabel={t('note.save')} onClose={onClose} />
      </Stack>
    </form>
  );
}

/**
 * Retires the item, with its reason. A refusal because bookings or a rental hold it lists
 * them on the location's clock, so staff know what to move first.
 */
export function RetireModal({
  item,
  opened,
  onClose,
}: {
  item: Target;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('equipment');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('retire.title', { name: item.name })}>
      {opened && <RetireForm item={item} onClose={onClose} />}
    </AppModal>
  );
}

function RetireForm({ item, onClose }: { item: Target; onClose: () => void }) {
  const { t } = useTranslation('equipment');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const { retire, loading, error } = useRetireEquipment();
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: {
      reason: (value) =>
        !value.trim()
          ? t('form.errors.required')
          : value.trim().length > REASON_MAX
            ? t('form.errors.tooLong')
            : null,
    },
  });
  const submit = form.onSubmit(async ({ reason }) => {
    try {
      await retire(item.id, reason.trim());
      notifications.show({ color: 'teal', message: t('retire.done', { name: item.name }) });
      onClose();
    } catch {
      // Shown below, from the mutation's error state.
    }
  });
  const holds = holdsOf(error);
  const code = error ? getErrorCode(error) : null;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text fz="sm">{t('retire.body')}</Text>
        {error !== undefined && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {code === 'CONFLICT' && reasonOf(error) === 'RETIRED' ? (
              t('retire.alreadyRetired')
            ) : code === 'CONFLICT' && holds.length > 0 ? (
              <Stack gap={4}>
                <Text fz="sm">{t('retire.held')}</Text>
                <List size="sm">
                  {holds.map((hold, i) => (
                    <List.Item key={i}>
                      {hold.endsAt === null
                        ? t('retire.holdRental', {
                            when: formatZoned(hold.startsAt, item.timeZone, language),
                          })
                        : t(
                            hold.kind === 'BOOKING'
                              ? 'retire.holdBooking'
                              : 'retire.holdRentalUntil',
                            {
                              when: formatZonedRange(
                                hold.startsAt,
                                hold.endsAt,
                                item.timeZone,
                                language,
                              ),
                            },
                          )}
                    </List.Item>
                  ))}
                </List>
              </Stack>
            ) : (
              errorText(error)
            )}
          </Alert>
        )}
        <TextInput
          label={t('retire.reason')}
          placeholder={t('retire.reasonPlaceholder')}
          maxLength={REASON_MAX}
          required
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <ModalButtons
          loading={loading}
          submitLabel={t('retire.confirm')}
          onClose={onClose}
          color="red"
        />
      </Stack>
    </form>
  );
}

/** The next full hour and two hours later on the location's clock, as the pickers hold them. */
function defaultWindow(timeZone: string) {
  const start = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);
  const end = new Date(start.getTime() + 2 * 3_600_000);
  return {
    startsAt: instantToWallClock(start, timeZone),
    endsAt: instantToWallClock(end, timeZone),
  };
}

/**
 * Holds the item for maintenance from a time to a time picked on the location's clock (a
 * maintenance window: nobody can book or rent it then).
 */
export function MaintenanceWindowModal({
  item,
  opened,
  onClose,
}: {
  item: Target;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('equipment');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('window.title')} size="lg">
      {opened && <WindowForm item={item} onClose={onClose} />}
    </AppModal>
  );
}

function WindowForm({ item, onClose }: { item: Target; onClose: () => void }) {
  const { t } = useTranslation('equipment');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const { schedule, loading, error } = useScheduleEquipmentWindow();
  const form = useForm<{ startsAt: string | null; endsAt: string | null; reason: string }>({
    mode: 'controlled',
    initialValues: { ...defaultWindow(item.timeZone), reason: '' },
    validate: {
      startsAt: (value) => (value ? null : t('window.required')),
      endsAt: (value, values) =>
        !value
          ? t('window.required')
          : values.startsAt && value <= values.startsAt
            ? t('window.endBeforeStart')
            : null,
      reason: (value) => (value.trim().length > REASON_MAX ? t('form.errors.tooLong') : null),
    },
  });
  const submit = form.onSubmit(async (values) => {
    const startsAt = wallClockToInstant(values.startsAt ?? '', item.timeZone);
    const endsAt = wallClockToInstant(values.endsAt ?? '', item.timeZone);
    if (!startsAt || !endsAt) return;
    try {
      await schedule({
        equipmentId: item.id,
        startsAt,
        endsAt,
        reason: values.reason.trim() || null,
      });
      notifications.show({ color: 'teal', message: t('window.done') });
      onClose();
    } catch {
      // Shown below, from the mutation's error state.
    }
  });
  return (
    <DatesProvider
      settings={{ locale: language.startsWith('tr') ? 'tr' : 'en', firstDayOfWeek: 1 }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text fz="sm">{t('window.intro', { zone: item.timeZone })}</Text>
          {error !== undefined && (
            <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
              {getErrorCode(error) === 'BOOKING_CONFLICT' ? t('window.conflict') : errorText(error)}
            </Alert>
          )}
          <Group grow align="flex-start" wrap="wrap">
            <DateTimePicker
              label={t('window.startsAt')}
              valueFormat="DD MMM YYYY HH:mm"
              required
              miw={220}
              popoverProps={{ withinPortal: true }}
              {...form.getInputProps('startsAt')}
            />
            <DateTimePicker
              label={t('window.endsAt')}
              valueFormat="DD MMM YYYY HH:mm"
              required
              miw={220}
              popoverProps={{ withinPortal: true }}
              {...form.getInputProps('endsAt')}
            />
          </Group>
          <TextInput
            label={t('window.reason')}
            placeholder={t('window.reasonPlaceholder')}
            maxLength={REASON_MAX}
            {...form.getInputProps('reason')}
          />
          <ModalButtons loading={loading} submitLabel={t('window.save')} onClose={onClose} />
        </Stack>
      </form>
    </DatesProvider>
  );
}
