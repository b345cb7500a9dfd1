import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { formatMoney } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useTranslation } from 'react-i18next';
import type { DiscrepancyStatus } from '../../../gql/graphql';
import { useIsDesk } from '../../../shared/hooks/useIsDesk';
import { formatDateTime } from '../../../shared/lib/dates';
import { DataTable, SkeletonLine } from '../../../shared/ui/DataTable';
import type { Discrepancy } from '../lib/discrepancy';
import { DiscrepancyDescription } from './DiscrepancyDescription';

const STATUS_COLOR = {
  OPEN: 'orange',
  RESOLVED: 'teal',
  DISMISSED: 'gray',
} as const satisfies Record<DiscrepancyStatus, string>;

interface ListProps {
  rows: readonly Discrepancy[];
  loading: boolean;
  onResolve: (d: Discrepancy) => void;
  onDismiss: (d: Discrepancy) => void;
}

/** The discrepancies: a table on a desk, stacked cards on a phone. */
export function DiscrepancyList(props: ListProps) {
  return useIsDesk() ? <DiscrepancyTable {...props} /> : <DiscrepancyCards {...props} />;
}

function StatusCell({ d }: { d: Discrepancy }) {
  const { t } = useTranslation('reconciliation');
  const language = useCurrentLanguage();
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={STATUS_COLOR[d.status]} variant="light">
        {t(`statuses.${d.status}`)}
      </Badge>
      {d.resolution && d.resolvedAt && (
        <Text fz="xs" c="dimmed">
          {t('list.closedOn', {
            resolution: t(`resolutions.${d.resolution}`),
            date: formatDateTime(d.resolvedAt, language, d.location?.timezone),
          })}
          {d.resolvedBy && <> {t('list.closedBy', { name: d.resolvedBy.name })}</>}
        </Text>
      )}
    </Stack>
  );
}

function SeenCell({ d }: { d: Discrepancy }) {
  const { t } = useTranslation('reconciliation');
  const language = useCurrentLanguage();
  const zone = d.location?.timezone;
  return (
    <Stack gap={2}>
      <Text fz="xs">
        {t('list.firstSeen', { date: formatDateTime(d.firstSeenAt, language, zone) })}
      </Text>
      {d.lastSeenAt !== d.firstSeenAt && (
        <Text fz="xs" c="dimmed">
          {t('list.lastSeen', { date: formatDateTime(d.lastSeenAt, language, zone) })}
        </Text>
      )}
    </Stack>
  );
}

function Actions({
  d,
  onResolve,
  onDismiss,
}: { d: Discrepancy } & Pick<ListProps, 'onResolve' | 'onDismiss'>) {
  const { t } = useTranslation('reconciliation');
  if (d.status !== 'OPEN') return null;
  return (
    <Stack gap={6}>
      <Button size="xs" color="teal" fullWidth onClick={() => onResolve(d)}>
        {t('actions.resolve')}
      </Button>
      <Button size="xs" variant="default" fullWidth onClick={() => onDismiss(d)}>
        {t('actions.dismiss')}
      </Button>
    </Stack>
  );
}

function DiscrepancyTable({ rows, loading, onResolve, onDismiss }: ListProps) {
  const { t } = useTranslation('reconciliation');
  const language = useCurrentLanguage();
  return (
    <DataTable
      minWidth={960}
      rows={rows}
      loading={loading}
      skeletonRows={4}
      columns={[
        { label: t('list.columns.kind'), w: 170, skeleton: <SkeletonLine width={120} /> },
        { label: t('list.columns.what'), skeleton: <SkeletonLine width="80%" /> },
        { label: t('list.columns.amount'), w: 130, skeleton: <SkeletonLine width={70} /> },
        { label: t('list.columns.status'), w: 200, skeleton: <SkeletonLine width={120} /> },
        { label: t('list.columns.actions'), hiddenLabel: true, w: 120 },
      ]}
      renderRow={(d) => (
        <Table.Tr key={d.id}>
          <Table.Td style={{ verticalAlign: 'top' }}>
            <Text fz="sm" fw={600}>
              {t(`kinds.${d.kind}`)}
            </Text>
            {d.location && (
              <Text fz="xs" c="dimmed" mt={2}>
                {d.location.name}
              </Text>
            )}
          </Table.Td>
          <Table.Td style={{ verticalAlign: 'top' }}>
            <DiscrepancyDescription discrepancy={d} />
          </Table.Td>
          <Table.Td style={{ verticalAlign: 'top' }}>
            <Text fz="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatMoney(d.amount, language)}
            </Text>
          </Table.Td>
          <Table.Td style={{ verticalAlign: 'top' }}>
            <Stack gap={6}>
              <StatusCell d={d} />
              <SeenCell d={d} />
            </Stack>
          </Table.Td>
          <Table.Td style={{ verticalAlign: 'top' }}>
            <Actions d={d} onResolve={onResolve} onDismiss={onDismiss} />
          </Table.Td>
        </Table.Tr>
      )}
    />
  );
}

function DiscrepancyCards({ rows, loading, onResolve, onDismiss }: ListProps) {
  const { t } = useTranslation('reconciliation');
  const language = useCurrentLanguage();
  if (loading)
    return (
      <Stack gap="sm" aria-busy>
        {[0, 1, 2].map((i) => (
          <Card key={i} withBorder radius="md">
            <SkeletonLine width="60%" />
          </Card>
        ))}
      </Stack>
    );
  return (
    <Stack gap="sm">
      {rows.map((d) => (
        <Card key={d.id} withBorder radius="md" padding="md">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Text fw={600}>{t(`kinds.${d.kind}`)}</Text>
              <Text fw={600} style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(d.amount, language)}
              </Text>
            </Group>
            <DiscrepancyDescription discrepancy={d} />
            {d.location && (
              <Text fz="xs" c="dimmed">
                {d.location.name}
              </Text>
            )}
            <SeenCell d={d} />
            <StatusCell d={d} />
            <Actions d={d} onResolve={onResolve} onDismiss={onDismiss} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
