import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { humanizeCategory, isKnownCategory } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconCalendarTime, IconCheck, IconGauge, IconTool, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay, formatHours, formatWindow, usageShare, type Task } from '../board';

export type TaskAction = 'complete' | 'cancel' | 'schedule';

/** The words for an equipment category (the booking wizard's), or the humanised key. */
export function useCategoryLabel() {
  const { t } = useTranslation('bookingWizard');
  return (key: string) =>
    isKnownCategory(key) ? t(`gear.categories.${key}`) : humanizeCategory(key);
}

/**
 * One task on the board: the item (linked to its page), what is due and when on the
 * location's clock, the hours used against the hours due, the booked workshop time, and for
 * open tasks the buttons to complete, schedule or cancel it.
 */
export function TaskCard({
  task,
  onAction,
}: {
  task: Task;
  onAction?: (action: TaskAction, task: Task) => void;
}) {
  const { t } = useTranslation('maintenance');
  const language = useCurrentLanguage();
  const categoryLabel = useCategoryLabel();
  const zone = task.equipment.location.timezone;
  const share = usageShare(task);
  const open = task.status === 'OPEN';
  // A repair is due from the moment it is reported: its card says so by its section, not a badge.
  const late = open && task.overdue && task.kind === 'SERVICE';
  const dateLine = () => {
    if (!open)
      return task.completedAt
        ? t('card.doneOn', { date: formatDay(task.completedAt, zone, language) })
        : null;
    if (task.kind === 'REPAIR')
      return t('card.reported', { date: formatDay(task.createdAt, zone, language) });
    if (!task.dueAt) return null;
    const date = formatDay(task.dueAt, zone, language);
    return new Date(task.dueAt) <= new Date()
      ? t('card.dueSince', { date })
      : t('card.dueOn', { date });
  };
  const line = dateLine();

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="article"
      aria-label={`${task.equipment.name}: ${task.title}`}
      style={late ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/equipment/${task.equipment.id}`} fw={700} fz="sm">
              {task.equipment.name}
            </Anchor>
            <Text fz="xs" c="dimmed">
              {[categoryLabel(task.equipment.category), task.equipment.size]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </div>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            {late && (
              <Badge color="red" variant="filled" size="sm">
                {t('card.overdue')}
              </Badge>
            )}
            <Badge
              color={task.kind === 'REPAIR' ? 'orange' : 'blue'}
              variant="light"
              size="sm"
              leftSection={task.kind === 'REPAIR' ? <IconTool size={12} aria-hidden /> : null}
            >
              {t(`kind.${task.kind}`)}
            </Badge>
          </Group>
        </Group>
        <Text fz="sm" fw={500}>
          {task.title}
        </Text>
        {task.notes && (
          <Text fz="xs" c="dimmed" lineClamp={3}>
            {task.notes}
          </Text>
        )}
        {task.rentalId && (
          <Text fz="xs" c="dimmed">
            {t('card.fromRental')}
          </Text>
        )}
        {line && (
          <Text fz="xs" c={late && task.dueAt ? 'red' : undefined} fw={late ? 600 : undefined}>
            {line}
          </Text>
        )}
        {share !== null && task.dueUsageHours != null && (
          <Stack gap={2}>
            <Group gap={4} wrap="nowrap">
              <IconGauge size={14} aria-hidden />
              <Text fz="xs">
                {t('card.usage', {
                  used: formatHours(task.usageHours, language),
                  due: formatHours(task.dueUsageHours, language),
                })}
              </Text>
            </Group>
            {open && (
              <Progress
                value={share}
                size="sm"
                color={share >= 100 ? 'red' : share >= 90 ? 'yellow' : 'teal'}
                aria-label={t('card.usageLabel')}
              />
            )}
          </Stack>
        )}
        {task.window && (
          <Group gap={4} wrap="nowrap">
            <IconCalendarTime size={14} aria-hidden />
            <Text fz="xs">
              {t('card.window', {
                when: formatWindow(task.window.startsAt, task.window.endsAt, zone, language),
              })}
            </Text>
          </Group>
        )}
        {!open && task.resolution && (
          <Text fz="xs" c="dimmed" lineClamp={3}>
            {task.resolution}
          </Text>
        )}
        {open && onAction && (
          <Group gap="xs" mt={4}>
            <Button
              size="xs"
              variant="light"
              color="teal"
              leftSection={<IconCheck size={14} aria-hidden />}
              onClick={() => onAction('complete', task)}
            >
              {t('actions.complete')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconCalendarTime size={14} aria-hidden />}
              onClick={() => onAction('schedule', task)}
            >
              {task.window ? t('actions.reschedule') : t('actions.schedule')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconX size={14} aria-hidden />}
              onClick={() => onAction('cancel', task)}
            >
              {t('actions.cancel')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
