import '@mantine/dates/styles.css';
import 'dayjs/locale/tr';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  EmptyState,
  Group,
  Select,
  Skeleton,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { DatePickerInput, DatesProvider, TimeInput } from '@mantine/dates';
import { useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useNow } from '@plannivo/web-kit/time';
import { useErrorText } from '@plannivo/web-kit/ui';
import {
  IconAlertCircle,
  IconBeach,
  IconCalendarEvent,
  IconTrash,
  IconWorld,
} from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { InstructorTimeOffDocument, type InstructorFieldsFragment } from '../../../gql/graphql';
import { ConfirmModal } from '../../../shared/ui/ConfirmModal';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { refusalDetails, refusedFields } from '../fieldErrors';
import { useTimeOffMutations } from '../hooks/useInstructorMutations';
import { isWholeDays, timeOffInput, type TimeOffDraft, type TimeOffProblem } from '../timeOff';
import { formatZonedRange, isKnownTimeZone } from '../zonedTime';
import { Section } from './Section';

const DAY_MS = 86_400_000;
// The list reaches a year back and three ahead: enough for planning, small enough to read.
const PAST_DAYS = 365;
const FUTURE_DAYS = 3 * 365;

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * Holidays and sick days, shown and entered in the time zone of one of the instructor's
 * locations (chosen when they work in several zones). Managers, and the instructor for
 * themself, add and remove entries.
 */
export function TimeOffTab({
  instructor,
  canEdit,
}: {
  instructor: InstructorFieldsFragment;
  canEdit: boolean;
}) {
  const { t } = useTranslation('instructors');
  const language = useCurrentLanguage();
  const zones = useMemo(() => {
    const list = [...new Set(instructor.locations.map((l) => l.timezone))].filter(isKnownTimeZone);
    return list.length > 0 ? list : [browserZone()];
  }, [instructor.locations]);
  const [zone, setZone] = useState(zones[0]!);
  const timeZone = zones.includes(zone) ? zone : zones[0]!;
  // The window is fixed when the tab opens, so the query's variables stay stable.
  const [window] = useState(() => {
    const now = Date.now();
    return {
      from: new Date(now - PAST_DAYS * DAY_MS).toISOString(),
      to: new Date(now + FUTURE_DAYS * DAY_MS).toISOString(),
    };
  });
  const list = useQuery(InstructorTimeOffDocument, {
    variables: { id: instructor.id, ...window },
    fetchPolicy: 'cache-and-network',
  });
  const entries = list.data?.instructor?.timeOff ?? [];
  const zoneLabel = (z: string) => {
    const names = instructor.locations.filter((l) => l.timezone === z).map((l) => l.name);
    return names.length ? `${z} (${names.join(', ')})` : z;
  };

  return (
    <Stack gap="lg">
      <Group gap="md" align="flex-end">
        {zones.length > 1 ? (
          <Select
            label={t('timeOff.zone')}
            data={zones.map((z) => ({ value: z, label: zoneLabel(z) }))}
            value={timeZone}
            onChange={(value) => value && setZone(value)}
            allowDeselect={false}
            w={{ base: '100%', xs: 340 }}
          />
        ) : (
          <Group gap={6} wrap="nowrap">
            <IconWorld size={16} color="var(--mantine-color-dimmed)" aria-hidden />
            <Text fz="sm" c="dimmed">
              {t('timeOff.zoneNote', { zone: zoneLabel(timeZone) })}
            </Text>
          </Group>
        )}
      </Group>
      {canEdit && (
        <AddTimeOffForm instructorId={instructor.id} timeZone={timeZone} language={language} />
      )}
      <Section title={t('timeOff.listTitle')}>
        {list.error && !list.data ? (
          <ErrorState
            title={t('timeOff.errorTitle')}
            error={list.error}
            onRetry={() => void list.refetch()}
          />
        ) : list.loading && !list.data ? (
          <Skeleton height={120} radius="md" />
        ) : entries.length === 0 ? (
          <EmptyState
            py={32}
            withIndicatorBackground
            icon={<IconBeach size={26} />}
            title={t('timeOff.empty.title')}
            description={t('timeOff.empty.body')}
          />
        ) : (
          <TimeOffList entries={entries} timeZone={timeZone} canEdit={canEdit} />
        )}
      </Section>
    </Stack>
  );
}

function TimeOffList({
  entries,
  timeZone,
  canEdit,
}: {
  entries: readonly { id: string; startsAt: string; endsAt: string; reason?: string | null }[];
  timeZone: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation('instructors');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const now = useNow(60_000);
  const { removeTimeOff, removing } = useTimeOffMutations();
  const [confirming, setConfirming] = useState<string | null>(null);
  const range = (e: { startsAt: string; endsAt: string }) => {
    if (isWholeDays(e.startsAt, e.endsAt, timeZone)) {
      // Whole days end at the midnight after the last one: show the last day itself.
      const lastDay = new Date(new Date(e.endsAt).getTime() - 1).toISOString();
      const days = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone });
      const text = days.formatRange(new Date(e.startsAt), new Date(lastDay));
      return `${text} · ${t('timeOff.allDay')}`;
    }
    return formatZonedRange(e.startsAt, e.endsAt, timeZone, language);
  };
  const entry = entries.find((e) => e.id === confirming);

  return (
    <>
      <Stack
        gap={0}
        component="ul"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-label={t('timeOff.listTitle')}
      >
        {entries.map((e, i) => {
          const past = new Date(e.endsAt) <= now;
          const current = !past && new Date(e.startsAt) <= now;
          return (
            <Group
              key={e.id}
              component="li"
              justify="space-between"
              wrap="nowrap"
              py="sm"
              style={{
                borderTop: i ? '1px solid var(--mantine-color-default-border)' : undefined,
                opacity: past ? 0.6 : 1,
              }}
            >
              <Group gap="sm" wrap="nowrap" miw={0}>
                <IconCalendarEvent
                  size={20}
                  color="var(--mantine-color-dimmed)"
                  aria-hidden
                  style={{ flexShrink: 0 }}
                />
                <Stack gap={2} miw={0}>
                  <Text fz="sm" fw={600}>
                    {range(e)}
                  </Text>
                  <Text fz="sm" c="dimmed" truncate="end">
                    {e.reason ?? t('timeOff.noReason')}
                  </Text>
                </Stack>
                {current && (
                  <Badge color="orange" variant="light" radius="sm" tt="none">
                    {t('timeOff.now')}
                  </Badge>
                )}
                {past && (
                  <Badge color="gray" variant="outline" radius="sm" tt="none">
                    {t('timeOff.past')}
                  </Badge>
                )}
              </Group>
              {canEdit && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('timeOff.remove', { range: range(e) })}
                  onClick={() => {
                    removing.reset();
                    setConfirming(e.id);
                  }}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              )}
            </Group>
          );
        })}
      </Stack>
      <ConfirmModal
        opened={Boolean(entry)}
        title={t('timeOff.removeTitle')}
        confirmLabel={t('timeOff.removeConfirm')}
        loading={removing.loading}
        error={removing.error ? errorText(removing.error) : undefined}
        onClose={() => setConfirming(null)}
        onConfirm={() => {
          if (!entry) return;
          removeTimeOff(entry.id)
            .then(() => {
              setConfirming(null);
              notifications.show({ color: 'teal', message: t('timeOff.removed') });
            })
            .catch(() => undefined);
        }}
      >
        {entry ? t('timeOff.removeBody', { range: range(entry) }) : null}
      </ConfirmModal>
    </>
  );
}

const emptyDraft = (): TimeOffDraft => ({
  days: [null, null],
  allDay: true,
  startTime: '09:00',
  endTime: '18:00',
  reason: '',
});

function AddTimeOffForm({
  instructorId,
  timeZone,
  language,
}: {
  instructorId: string;
  timeZone: string;
  language: string;
}) {
  const { t } = useTranslation('instructors');
  const errorText = useErrorText();
  const { addTimeOff, adding } = useTimeOffMutations();
  const [draft, setDraft] = useState<TimeOffDraft>(emptyDraft);
  const [problem, setProblem] = useState<TimeOffProblem | null>(null);
  const set = <K extends keyof TimeOffDraft>(key: K, value: TimeOffDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = timeOffInput(draft, timeZone);
    if (!input.ok) return setProblem(input.problem);
    setProblem(null);
    adding.reset();
    try {
      const created = await addTimeOff({
        instructorId,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        reason: input.reason,
      });
      if (created) {
        setDraft(emptyDraft());
        notifications.show({ color: 'teal', message: t('timeOff.added') });
      }
    } catch {
      // Shown from the mutation's error state.
    }
  }

  const refused = refusedFields(adding.error);
  const overlap = refusalDetails(adding.error).reason === 'TIME_OFF_OVERLAP';
  const daysError =
    problem === 'daysRequired'
      ? t('timeOff.problems.daysRequired')
      : overlap
        ? t('timeOff.problems.overlap')
        : refused.includes('endsAt') || refused.includes('startsAt')
          ? t('fieldErrors.endsAt')
          : problem === 'endBeforeStart' && draft.allDay
            ? t('timeOff.problems.endBeforeStart')
            : undefined;
  const timeError =
    problem === 'timesRequired'
      ? t('timeOff.problems.timesRequired')
      : problem === 'endBeforeStart'
        ? t('timeOff.problems.endBeforeStart')
        : undefined;
  const otherFailure =
    adding.error && refused.length === 0 && !overlap ? errorText(adding.error) : undefined;

  return (
    <Section title={t('timeOff.addTitle')} description={t('timeOff.addHelp')}>
      <form onSubmit={submit} noValidate aria-label={t('timeOff.addTitle')}>
        <Stack gap="md">
          <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
            <Group align="flex-start" gap="md">
              <DatePickerInput
                type="range"
                allowSingleDateInRange
                label={t('timeOff.days')}
                placeholder={t('timeOff.daysPlaceholder')}
                value={draft.days}
                onChange={(value) => set('days', value as [string | null, string | null])}
                error={daysError}
                valueFormat="D MMM YYYY"
                ariaLabels={{
                  nextMonth: t('timeOff.nextMonth'),
                  previousMonth: t('timeOff.previousMonth'),
                }}
                clearable
                required
                w={{ base: '100%', xs: 300 }}
              />
              <Switch
                label={t('timeOff.allDay')}
                checked={draft.allDay}
                onChange={(event) => set('allDay', event.currentTarget.checked)}
                mt={34}
              />
            </Group>
            {!draft.allDay && (
              <Group gap="md" align="flex-start">
                <TimeInput
                  label={t('timeOff.startTime')}
                  value={draft.startTime}
                  onChange={(event) => set('startTime', event.currentTarget.value)}
                  error={timeError}
                  w={160}
                />
                <TimeInput
                  label={t('timeOff.endTime')}
                  value={draft.endTime}
                  onChange={(event) => set('endTime', event.currentTarget.value)}
                  error={Boolean(timeError)}
                  w={160}
                />
              </Group>
            )}
          </DatesProvider>
          <TextInput
            label={t('timeOff.reason')}
            placeholder={t('timeOff.reasonPlaceholder')}
            value={draft.reason}
            onChange={(event) => set('reason', event.currentTarget.value)}
            error={refused.includes('reason') ? t('fieldErrors.reason') : undefined}
            maxLength={500}
          />
          {otherFailure && (
            <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
              {otherFailure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={adding.loading}>
              {t('timeOff.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
