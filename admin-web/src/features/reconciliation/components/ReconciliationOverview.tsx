import {
  Badge,
  Card,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { formatMoney } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useTranslation } from 'react-i18next';
import type { DiscrepancyKind, ReconciliationOverviewQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/lib/dates';
import { ErrorState } from '../../../shared/ui/ErrorState';

type Report = NonNullable<ReconciliationOverviewQuery['reconciliationReport']>;
type Run = ReconciliationOverviewQuery['reconciliationRuns'][number];

/**
 * Where things stand: per kind what is open (with the money involved) and what the last run
 * found, then the latest runs. A card is a filter: choosing it lists that kind.
 */
export function ReconciliationOverview({
  report,
  runs,
  loading,
  error,
  onRetry,
  onChooseKind,
}: {
  report: Report | null;
  runs: readonly Run[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  onChooseKind: (kind: DiscrepancyKind) => void;
}) {
  const { t } = useTranslation('reconciliation');
  const language = useCurrentLanguage();
  if (loading)
    return (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} aria-busy>
        {[0, 1, 2, 3, 4].map((i) => (
          <Skeleton key={i} height={110} radius="md" />
        ))}
      </SimpleGrid>
    );
  if (error !== undefined)
    return (
      <Paper withBorder radius="lg">
        <ErrorState title={t('overviewFailed')} error={error} onRetry={onRetry} />
      </Paper>
    );
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
        {(report?.kinds ?? []).map((k) => (
          <Card
            key={k.kind}
            withBorder
            radius="md"
            padding="md"
            component="button"
            type="button"
            onClick={() => onChooseKind(k.kind)}
            style={{ textAlign: 'left', cursor: 'pointer' }}
          >
            <Stack gap={6}>
              <Text fz="sm" fw={600}>
                {t(`kinds.${k.kind}`)}
              </Text>
              <Group gap="xs">
                <Badge color={k.open > 0 ? 'orange' : 'teal'} variant="light">
                  {k.open > 0 ? t('summary.open', { count: k.open }) : t('summary.nothingOpen')}
                </Badge>
              </Group>
              {k.openAmounts.length > 0 && (
                <Text fz="sm" fw={600}>
                  {k.openAmounts.map((m) => formatMoney(m, language)).join(' · ')}
                </Text>
              )}
              {report?.run && (
                <Text fz="xs" c="dimmed">
                  {t('summary.lastRun', { count: k.found })}
                </Text>
              )}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <Paper withBorder radius="lg" p="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} fz="lg">
              {t('runs.title')}
            </Title>
            <Text fz="sm">
              {t('summary.openMoney')}:{' '}
              <Text span fw={600}>
                {report?.openAmounts.length
                  ? report.openAmounts.map((m) => formatMoney(m, language)).join(' · ')
                  : t('summary.noOpenMoney')}
              </Text>
            </Text>
          </Group>
          {runs.length === 0 ? (
            <Text c="dimmed" fz="sm">
              {t('runs.empty')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table verticalSpacing={6} fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('runs.started')}</Table.Th>
                    <Table.Th>{t('runs.by')}</Table.Th>
                    <Table.Th>{t('runs.found')}</Table.Th>
                    <Table.Th>{t('runs.opened')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {runs.map((run) => (
                    <Table.Tr key={run.id}>
                      <Table.Td>{formatDateTime(run.startedAt, language)}</Table.Td>
                      <Table.Td>
                        {run.trigger === 'SCHEDULED'
                          ? t('runs.scheduled')
                          : (run.requestedBy?.name ?? t('runs.unknownUser'))}
                      </Table.Td>
                      <Table.Td>{run.found.reduce((n, f) => n + f.count, 0)}</Table.Td>
                      <Table.Td>{run.opened}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
