import {
  Anchor,
  Button,
  EmptyState,
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
import {
  IconArrowMerge,
  IconClockHour4,
  IconFilePlus,
  IconFileX,
  IconNote,
  IconPencil,
  IconUserPlus,
  IconSparkles,
  IconPoint,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerHistoryEntryFieldsFragment } from '../../../gql/graphql';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { InstantText } from '../../../shared/ui/InstantText';
import { useCustomerHistory } from '../hooks/useCustomerHistory';
import { fieldLabelKey, historyLine } from '../historyLines';
import { customerPath } from './viewProps';

const ICONS: Record<string, ReactNode> = {
  CREATED: <IconSparkles size={14} aria-hidden />,
  UPDATED: <IconPencil size={14} aria-hidden />,
  NOTES_CHANGED: <IconNote size={14} aria-hidden />,
  DEPENDENT_ADDED: <IconUserPlus size={14} aria-hidden />,
  MERGED: <IconArrowMerge size={14} aria-hidden />,
  MERGED_INTO: <IconArrowMerge size={14} aria-hidden />,
  DOCUMENT_ADDED: <IconFilePlus size={14} aria-hidden />,
  DOCUMENT_REMOVED: <IconFileX size={14} aria-hidden />,
};

/**
 * What happened to the record, newest first, as a timeline: each line says what, who and
 * when, and links the other record it is about. Older entries load a page at a time.
 */
export function HistoryTab({ customerId }: { customerId: string }) {
  const { t } = useTranslation('customers');
  const errorText = useErrorText();
  const history = useCustomerHistory(customerId);

  if (history.loading) {
    return (
      <Stack gap="md" aria-busy>
        {[0, 1, 2].map((i) => (
          <Group key={i} gap="sm" wrap="nowrap" align="flex-start">
            <Skeleton height={24} circle />
            <Stack gap={6} style={{ flex: 1 }}>
              <Skeleton height={14} width="40%" radius="sm" />
              <Skeleton height={12} width="25%" radius="sm" />
            </Stack>
          </Group>
        ))}
      </Stack>
    );
  }
  if (history.error !== undefined) {
    return (
      <Paper withBorder radius="lg">
        <ErrorState title={t('history.errorTitle')} error={history.error} onRetry={history.retry} />
      </Paper>
    );
  }
  if (history.nodes.length === 0) {
    return (
      <EmptyState
        py={56}
        withIndicatorBackground
        icon={<IconClockHour4 size={26} />}
        title={t('history.emptyTitle')}
        description={t('history.intro')}
      />
    );
  }

  return (
    <Stack gap="lg">
      <Text fz="sm" c="dimmed" maw={760}>
        {t('history.intro')}
      </Text>
      <Paper withBorder radius="lg" p="lg" component="section" aria-label={t('history.title')}>
        <Title order={2} fz="md" mb="md">
          {t('history.title')}
        </Title>
        <Timeline bulletSize={26} lineWidth={2} active={-1}>
          {history.nodes.map((entry) => (
            <HistoryItem key={entry.id} entry={entry} />
          ))}
        </Timeline>
        {(history.hasMore || history.loadMoreError !== undefined) && (
          <Group justify="center" mt="lg" gap="sm">
            {history.loadMoreError !== undefined && (
              <Text fz="sm" c="red" role="alert">
                {t('history.loadMoreFailed')} {errorText(history.loadMoreError)}
              </Text>
            )}
            {history.hasMore && (
              <Button
                variant="default"
                onClick={() => void history.loadMore()}
                loading={history.loadingMore}
              >
                {t('history.loadMore')}
              </Button>
            )}
          </Group>
        )}
      </Paper>
    </Stack>
  );
}

/** One line of the timeline. `Timeline.Item` takes its props straight from its parent. */
function HistoryItem({ entry, ...item }: { entry: CustomerHistoryEntryFieldsFragment }) {
  const { t } = useTranslation('customers');
  const language = useCurrentLanguage();
  const line = historyLine(entry);
  const fields = new Intl.ListFormat(language, { type: 'conjunction' }).format(
    (line.values.fields ?? []).map((field) => {
      const key = fieldLabelKey(field);
      return key ? t(key) : field;
    }),
  );
  const title = line.title
    ? t(line.title, {
        fields,
        title: line.values.title ?? '',
      })
    : entry.summary;
  const actor =
    entry.actorKind === 'USER'
      ? entry.actorName
        ? t('history.by.USER', { name: entry.actorName })
        : t('history.by.FORMER_USER')
      : entry.actorKind === 'API_KEY'
        ? t('history.by.API_KEY')
        : t('history.by.SYSTEM');

  return (
    <Timeline.Item
      {...item}
      bullet={
        <ThemeIcon size={26} radius="xl" variant="light" color={line.tone}>
          {ICONS[entry.kind] ?? <IconPoint size={14} aria-hidden />}
        </ThemeIcon>
      }
      title={
        <Text fz="sm" fw={600} component="span">
          {title}
        </Text>
      }
    >
      {line.values.documentKind && (
        <Text fz="xs" c="dimmed">
          {t(`documents.kinds.${line.values.documentKind}`)}
        </Text>
      )}
      {line.link && (
        <Text fz="sm">
          {line.link.name ? (
            <Anchor component={Link} to={customerPath(line.link.id)} fz="sm">
              {line.link.name}
            </Anchor>
          ) : (
            <Text span fz="sm" c="dimmed">
              {t('history.hiddenRecord')}
            </Text>
          )}
        </Text>
      )}
      <Group gap={4} mt={2} wrap="wrap">
        <Text fz="xs" c="dimmed">
          {actor}
        </Text>
        <Text fz="xs" c="dimmed" aria-hidden>
          ·
        </Text>
        <InstantText iso={entry.occurredAt} fz="xs" c="dimmed" />
      </Group>
    </Timeline.Item>
  );
}
