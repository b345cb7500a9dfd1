import '@mantine/dates/styles.css';
import 'dayjs/locale/tr';
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { DatesProvider, DateTimePicker } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { getErrorCode, getFieldErrors } from '@plannivo/web-kit/errors';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../shared/ui/AppModal';
import {
  defaultWindow,
  formatWindow,
  instantToWallClock,
  wallClockToInstant,
  type Task,
} from '../board';
import { useTaskActions } from '../hooks/useMaintenance';
import { clashesOf, type Clash } from '../refusal';

const CLASH_KINDS = ['BOOKING', 'RENTAL', 'MAINTENANCE', 'TIME_OFF'] as const;
const clashKind = (kind: string) =>
  (CLASH_KINDS as readonly string[]).includes(kind)
    ? (kind as (typeof CLASH_KINDS)[number])
    : 'BOOKING';

/**
 * Books workshop time for a task: from and until on the location's clock (whatever the
 * tablet's zone), a maintenance window that keeps the item from bookings and rentals. A
 * booking or rental already holding the item then is explained with its times.
 */
export function ScheduleWindowModal({ task, onClose }: { task: Task | null; onClose: () => void }) {
  return (
    <AppModal
      opened={task !== null}
      onClose={onClose}
      title={task ? <ScheduleTitle task={task} /> : ''}
      size="lg"
    >
      {task && <ScheduleForm key={task.id} task={task} onClose={onClose} />}
    </AppModal>
  );
}

function ScheduleTitle({ task }: { task: Task }) {
  const { t } = useTranslation('maintenance');
  return <>{t('schedule.title', { name: task.equipment.name })}</>;
}

function ScheduleForm({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t } = useTranslation('maintenance');
  const { t: tc } = useTranslation();
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const { schedule, scheduling } = useTaskActions();
  const zone = task.equipment.location.timezone;
  const [startsAt, setStartsAt] = useState<string | null>(() =>
    task.window ? instantToWallClock(task.window.startsAt, zone) : defaultWindow(zone).startsAt,
  );
  const [endsAt, setEndsAt] = useState<string | null>(() =>
    task.window ? instantToWallClock(task.window.endsAt, zone) : defaultWindow(zone).endsAt,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [clashes, setClashes] = useState<Clash[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setClashes([]);
    const from = wallClockToInstant(startsAt, zone);
    const until = wallClockToInstant(endsAt, zone);
    if (!from || !until) return setProblem(t('schedule.required'));
    if (until <= from) return setProblem(t('schedule.endBeforeStart'));
    try {
      await schedule({ variables: { taskId: task.id, startsAt: from, endsAt: until } });
      notifications.show({
        color: 'teal',
        message: t('schedule.done', {
          name: task.equipment.name,
          when: formatWindow(from, until, zone, language),
        }),
      });
      onClose();
    } catch (err) {
      const code = getErrorCode(err);
      if (code === 'BOOKING_CONFLICT') {
        setProblem(t('schedule.conflict', { name: task.equipment.name }));
        setClashes(clashesOf(err));
      } else if (code === 'BAD_USER_INPUT' && getFieldErrors(err).endsAt) {
        setProblem(t('schedule.tooLong'));
      } else if (code === 'BAD_USER_INPUT' && getFieldErrors(err).equipmentId) {
        setProblem(t('schedule.retired'));
      } else setProblem(errorText(err));
    }
  };

  return (
    <DatesProvider
      settings={{ locale: language.startsWith('tr') ? 'tr' : 'en', firstDayOfWeek: 1 }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Text fz="sm">
            {t('schedule.intro', { location: task.equipment.location.name, zone })}
          </Text>
          <Group grow align="flex-start" wrap="wrap">
            <DateTimePicker
              label={t('schedule.startsAt')}
              value={startsAt}
              onChange={setStartsAt}
              valueFormat="DD MMM YYYY HH:mm"
              required
              miw={220}
              popoverProps={{ withinPortal: true }}
            />
            <DateTimePicker
              label={t('schedule.endsAt')}
              value={endsAt}
              onChange={setEndsAt}
              valueFormat="DD MMM YYYY HH:mm"
              required
              miw={220}
              popoverProps={{ withinPortal: true }}
            />
          </Group>
          {problem && (
            <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
              <Stack gap={4}>
                <Text fz="sm">{problem}</Text>
                {clashes.length > 0 && (
                  <List size="sm">
                    {clashes.map((c, i) => (
                      <List.Item key={i}>
                        {t(`schedule.clash.${clashKind(c.kind)}`, {
                          when: formatWindow(c.startsAt, c.endsAt, zone, language),
                        })}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Stack>
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={scheduling}>
              {tc('actions.close')}
            </Button>
            <Button type="submit" loading={scheduling}>
              {t('schedule.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </DatesProvider>
  );
}
