import { Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useNow } from '@plannivo/web-kit/time';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { boardSections, SECTIONS, type SectionKey, type Task } from '../board';
import { CloseTaskModal } from './CloseTaskModal';
import { ScheduleWindowModal } from './ScheduleWindowModal';
import { TaskCard, type TaskAction } from './TaskCard';

const SECTION_COLORS: Record<SectionKey, string> = {
  overdue: 'red',
  dueSoon: 'yellow',
  repair: 'orange',
  scheduled: 'blue',
  done: 'teal',
};

/**
 * The board of one location: overdue, due soon, in repair, scheduled and done recently, each
 * a column of task cards (one column on a phone, two on a tablet, three on a desk).
 */
export function MaintenanceBoard({
  open,
  done,
  loading,
  error,
  onRetry,
}: {
  open: readonly Task[];
  done: readonly Task[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useTranslation('maintenance');
  const now = useNow(60_000);
  const sections = useMemo(() => boardSections(open, done, now), [open, done, now]);
  const [acting, setActing] = useState<{ action: TaskAction; task: Task } | null>(null);
  const onAction = (action: TaskAction, task: Task) => setActing({ action, task });
  const close = () => setActing(null);

  if (error) return <ErrorState title={t('loadFailed')} error={error} onRetry={onRetry} />;
  if (loading) {
    return (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-busy>
        {SECTIONS.map((s) => (
          <Skeleton key={s} height={240} radius="md" />
        ))}
      </SimpleGrid>
    );
  }

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="md">
        {SECTIONS.map((key) => (
          <Paper
            key={key}
            component="section"
            aria-labelledby={`maintenance-${key}`}
            withBorder
            radius="lg"
            p="sm"
            bg="var(--mantine-color-gray-light)"
          >
            <Stack gap="sm">
              <Group justify="space-between" gap="xs">
                <Title order={2} fz="md" id={`maintenance-${key}`}>
                  {t(`sections.${key}`)}
                </Title>
                <Badge color={SECTION_COLORS[key]} variant="light" aria-hidden>
                  {sections[key].length}
                </Badge>
              </Group>
              {sections[key].length === 0 ? (
                <Text fz="sm" c="dimmed" py="sm">
                  {t(`empty.${key}`)}
                </Text>
              ) : (
                sections[key].map((task) => (
                  <TaskCard
                    key={task.id}
                    task={task}
                    onAction={key === 'done' ? undefined : onAction}
                  />
                ))
              )}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      <CloseTaskModal
        task={acting?.action === 'complete' ? acting.task : null}
        mode="complete"
        onClose={close}
      />
      <CloseTaskModal
        task={acting?.action === 'cancel' ? acting.task : null}
        mode="cancel"
        onClose={close}
      />
      <ScheduleWindowModal
        task={acting?.action === 'schedule' ? acting.task : null}
        onClose={close}
      />
    </>
  );
}
