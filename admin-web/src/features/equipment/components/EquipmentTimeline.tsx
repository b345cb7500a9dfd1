import {
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Timeline,
  Title,
} from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import type { EquipmentEventFieldsFragment } from '../../../gql/graphql';
import { formatMoney } from '../../catalog/money';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { useEquipmentLog } from '../hooks/useEquipmentItem';
import { formatZoned } from '../lib/wallClock';
import { EVENT_LOOK } from './labels';

/**
 * An item's lifecycle log as a timeline, newest first: what happened (an icon per kind), when
 * on the location's clock, who recorded it, and the notes. Older entries a page at a time.
 */
export function EquipmentTimeline({ itemId, timeZone }: { itemId: string; timeZone: string }) {
  const { t } = useTranslation('equipment');
  const errorText = useErrorText();
  const log = useEquipmentLog(itemId);

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="equipment-timeline">
      <Title order={2} fz="md" id="equipment-timeline">
        {t('timeline.title')}
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        {t('timeline.intro')}
      </Text>
      {log.loading ? (
        <Stack gap="md" aria-busy>
          {[0, 1, 2].map((i) => (
            <Group key={i} gap="sm" wrap="nowrap" align="flex-start">
              <Skeleton height={26} circle />
              <Stack gap={6} style={{ flex: 1 }}>
                <Skeleton height={14} width="40%" radius="sm" />
                <Skeleton height={12} width="25%" radius="sm" />
              </Stack>
            </Group>
          ))}
        </Stack>
      ) : log.error !== undefined ? (
        <ErrorState title={t('timeline.errorTitle')} error={log.error} onRetry={log.retry} />
      ) : log.nodes.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('timeline.empty')}
        </Text>
      ) : (
        <>
          <Timeline bulletSize={26} lineWidth={2} active={-1} aria-label={t('timeline.title')}>
            {log.nodes.map((event) => (
              <TimelineEntry key={event.id} event={event} timeZone={timeZone} />
            ))}
          </Timeline>
          {(log.hasMore || log.loadMoreError !== undefined) && (
            <Group justify="center" mt="lg" gap="sm">
              {log.loadMoreError !== undefined && (
                <Text fz="sm" c="red" role="alert">
                  {t('timeline.loadMoreFailed')} {errorText(log.loadMoreError)}
                </Text>
              )}
              {log.hasMore && (
                <Button
                  variant="default"
                  onClick={() => void log.loadMore()}
                  loading={log.loadingMore}
                >
                  {t('timeline.loadMore')}
                </Button>
              )}
            </Group>
          )}
        </>
      )}
    </Paper>
  );
}

function TimelineEntry({
  event,
  timeZone,
}: {
  event: EquipmentEventFieldsFragment;
  timeZone: string;
}) {
  const { t } = useTranslation('equipment');
  const language = useCurrentLanguage();
  const look = EVENT_LOOK[event.kind];
  const data = (event.data ?? {}) as Record<string, unknown>;
  const cost =
    event.kind === 'PURCHASED' && typeof data.cost === 'number' && typeof data.currency === 'string'
      ? formatMoney(data.cost, data.currency, language)
      : null;
  return (
    <Timeline.Item
      bullet={
        <ThemeIcon size={26} radius="xl" variant="light" color={look.color}>
          {look.icon}
        </ThemeIcon>
      }
      title={
        <Text fw={600} fz="sm">
          {t(`timeline.kinds.${event.kind}`)}
        </Text>
      }
      data-kind={event.kind}
    >
      <Text fz="xs" c="dimmed">
        <time dateTime={event.at}>{formatZoned(event.at, timeZone, language)}</time>
        {event.actorName && ` · ${t('timeline.by', { name: event.actorName })}`}
      </Text>
      {event.notes && (
        <Text fz="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
          {event.notes}
        </Text>
      )}
      {cost && (
        <Text fz="sm" mt={4}>
          {t('timeline.cost', { amount: cost })}
        </Text>
      )}
    </Timeline.Item>
  );
}
