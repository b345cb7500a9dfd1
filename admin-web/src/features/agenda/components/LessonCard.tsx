import { Badge, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Role } from '@plannivo/web-kit/auth';
import { useErrorText } from '@plannivo/web-kit/ui';
import {
  IconCheck,
  IconClock,
  IconLogin2,
  IconMapPin,
  IconNote,
  IconUserOff,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaBookingsQuery } from '../../../gql/graphql';

export type AgendaLesson = AgendaBookingsQuery['bookings']['edges'][number]['node'];
import { formatTimeRange, StatusBadge, useCategoryLabel } from '../../booking-wizard';
import { useSetLessonStatus } from '../hooks/useAgenda';
import { nextStatuses, type SettableStatus } from '../lib/agendaDay';

const ACTION_ICONS: Record<SettableStatus, typeof IconCheck> = {
  CONFIRMED: IconCheck,
  CHECKED_IN: IconLogin2,
  COMPLETED: IconCheck,
  NO_SHOW: IconUserOff,
};

/** One lesson of the day: when, what, who (level in the discipline, notes), gear, and actions. */
export function LessonCard({ lesson, role }: { lesson: AgendaLesson; role: Role }) {
  const { t } = useTranslation(['agenda', 'customers']);
  const errorText = useErrorText();
  const category = useCategoryLabel();
  const { setStatus } = useSetLessonStatus();
  const [pending, setPending] = useState<SettableStatus | null>(null);
  const zone = lesson.location.timezone;
  const discipline = lesson.service.discipline;
  const actions = nextStatuses(lesson.status, role);

  const change = async (status: SettableStatus) => {
    setPending(status);
    try {
      await setStatus({ variables: { id: lesson.id, status } });
      notifications.show({
        color: 'teal',
        message: t('agenda:done', {
          service: lesson.service.name,
          status: t(`agenda:actionDone.${status}`),
        }),
      });
    } catch (error) {
      notifications.show({ color: 'red', title: t('agenda:failed'), message: errorText(error) });
    } finally {
      setPending(null);
    }
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-label={`${formatTimeRange(lesson.startsAt, lesson.endsAt, zone)} ${lesson.service.name}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Group gap="xs">
              <IconClock size={18} aria-hidden />
              <Title order={3} fz="h4">
                {formatTimeRange(lesson.startsAt, lesson.endsAt, zone)}
              </Title>
              <StatusBadge status={lesson.status} />
            </Group>
            <Text fw={600}>{lesson.service.name}</Text>
            <Group gap={4} c="dimmed">
              <IconMapPin size={14} aria-hidden />
              <Text fz="sm">{lesson.location.name}</Text>
            </Group>
          </Stack>
          {actions.length > 0 && (
            <Group gap="xs">
              {actions.map((status) => {
                const Icon = ACTION_ICONS[status];
                return (
                  <Button
                    key={status}
                    size="sm"
                    variant={status === 'NO_SHOW' ? 'light' : 'filled'}
                    color={status === 'NO_SHOW' ? 'red' : status === 'COMPLETED' ? 'green' : 'blue'}
                    leftSection={<Icon size={16} />}
                    loading={pending === status}
                    disabled={pending !== null && pending !== status}
                    onClick={() => void change(status)}
                  >
                    {t(`agenda:action.${status}`)}
                  </Button>
                );
              })}
            </Group>
          )}
        </Group>
        <Divider />
        <Stack gap="xs">
          <Text fz="sm" fw={600}>
            {t('agenda:students', { count: lesson.customers.length })}
          </Text>
          {lesson.customers.length === 0 && (
            <Text fz="sm" c="dimmed">
              {t('agenda:noStudents')}
            </Text>
          )}
          {lesson.customers.map((student) => {
            const skill = student.skills.find((s) => s.discipline === discipline);
            return (
              <Stack key={student.id} gap={2}>
                <Group gap="xs">
                  <Text fw={500}>{student.name}</Text>
                  {discipline && (
                    <Badge variant="light" tt="none" color={skill ? 'ocean' : 'gray'}>
                      {skill
                        ? `${t(`customers:disciplines.${discipline}`)} · ${t(`customers:levels.${skill.level}`)}`
                        : t('agenda:noLevel')}
                    </Badge>
                  )}
                  {(student.weightKg || student.heightCm) && (
                    <Text fz="xs" c="dimmed">
                      {[
                        student.weightKg ? t('agenda:kg', { value: student.weightKg }) : null,
                        student.heightCm ? t('agenda:cm', { value: student.heightCm }) : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  )}
                </Group>
                {student.notes && (
                  <Group gap={4} align="flex-start" wrap="nowrap" c="dimmed">
                    <IconNote size={14} aria-hidden style={{ marginTop: 3, flexShrink: 0 }} />
                    <Text fz="sm" fs="italic">
                      {t('agenda:customerNotes', { notes: student.notes })}
                    </Text>
                  </Group>
                )}
              </Stack>
            );
          })}
        </Stack>
        {lesson.notes && (
          <Group gap={4} align="flex-start" wrap="nowrap">
            <IconNote size={16} aria-hidden style={{ marginTop: 2, flexShrink: 0 }} />
            <Text fz="sm">{t('agenda:bookingNotes', { notes: lesson.notes })}</Text>
          </Group>
        )}
        {lesson.equipment.length > 0 && (
          <Text fz="sm">
            {t('agenda:equipment', {
              list: lesson.equipment
                .map((e) => [category(e.category), e.size, `(${e.name})`].filter(Boolean).join(' '))
                .join(', '),
            })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
