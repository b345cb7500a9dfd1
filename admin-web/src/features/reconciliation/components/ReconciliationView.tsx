import {
  Button,
  EmptyState,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconChecks, IconFileSpreadsheet, IconRadar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiscrepancyKind } from '../../../gql/graphql';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { RefreshButton } from '../../../shared/ui/RefreshButton';
import {
  useDiscrepancies,
  useReconciliationActions,
  useReconciliationOverview,
} from '../hooks/useReconciliation';
import {
  csvHref,
  KINDS,
  STATUS_FILTERS,
  statusOf,
  type Discrepancy,
  type StatusFilter,
} from '../lib/discrepancy';
import { DiscrepancyList } from './DiscrepancyList';
import { DismissModal } from './DismissModal';
import { ReconciliationOverview } from './ReconciliationOverview';
import { ResolveModal } from './ResolveModal';

const PAGE = 50;
const MAX_PAGE = 200;

/**
 * The reconciliation page's body: run it now, what stands open per kind and the latest runs,
 * then the discrepancies by status and kind with their resolve and dismiss dialogs, and the
 * CSV of the list on screen.
 */
export function ReconciliationView() {
  const { t } = useTranslation('reconciliation');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const overview = useReconciliationOverview();
  const actions = useReconciliationActions();
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('OPEN');
  const [kind, setKind] = useState<DiscrepancyKind | null>(null);
  const [first, setFirst] = useState(PAGE);
  const status = statusOf(statusFilter);
  const list = useDiscrepancies(status, kind, first);
  const [resolving, setResolving] = useState<Discrepancy | null>(null);
  const [dismissing, setDismissing] = useState<Discrepancy | null>(null);

  const runNow = async () => {
    try {
      const res = await actions.runNow();
      const result = res.data?.runReconciliation;
      if (!result) return;
      notifications.show({
        color: 'teal',
        message: t('run.done', {
          found: result.run.found.reduce((n, f) => n + f.count, 0),
          opened: result.run.opened,
          closed: result.autoResolved,
        }),
      });
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(err) });
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="flex-end" gap="sm">
        <Button
          component="a"
          href={csvHref({ status, kind }, language)}
          download
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        >
          {t('actions.exportCsv')}
        </Button>
        <Button
          leftSection={<IconRadar size={16} aria-hidden />}
          loading={actions.running}
          onClick={() => void runNow()}
        >
          {t('actions.runNow')}
        </Button>
      </Group>
      <ReconciliationOverview
        report={overview.report}
        runs={overview.runs}
        loading={overview.loading}
        error={overview.error}
        onRetry={overview.retry}
        onChooseKind={(k) => {
          setKind(k);
          setStatusFilter('OPEN');
          setFirst(PAGE);
        }}
      />
      <Paper withBorder radius="lg" p="md">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" gap="md">
            <Group align="flex-end" gap="md">
              <Title order={2} fz="lg">
                {t('list.title')}
              </Title>
              <SegmentedControl
                aria-label={t('list.status')}
                value={statusFilter}
                onChange={(value) => {
                  setStatusFilter(value as StatusFilter);
                  setFirst(PAGE);
                }}
                data={STATUS_FILTERS.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
              />
              <Select
                aria-label={t('list.kind')}
                placeholder={t('list.allKinds')}
                data={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
                value={kind}
                onChange={(value) => {
                  setKind(value as DiscrepancyKind | null);
                  setFirst(PAGE);
                }}
                clearable
                w={260}
              />
            </Group>
            <Group gap="xs" wrap="nowrap">
              {!list.loading && list.error === undefined && (
                <Text fw={600} fz="sm" aria-live="polite">
                  {t('list.count', { count: list.totalCount })}
                </Text>
              )}
              <RefreshButton
                label={t('actions.refresh')}
                loading={list.refreshing}
                onClick={() => void list.refetch()}
              />
            </Group>
          </Group>
          {list.error !== undefined ? (
            <ErrorState
              title={t('list.failed')}
              error={list.error}
              onRetry={() => void list.refetch()}
            />
          ) : !list.loading && list.rows.length === 0 ? (
            <EmptyState
              py={40}
              withIndicatorBackground
              icon={<IconChecks size={26} />}
              title={statusFilter === 'OPEN' ? t('list.emptyOpen') : t('list.empty')}
            />
          ) : (
            <DiscrepancyList
              rows={list.rows}
              loading={list.loading}
              onResolve={setResolving}
              onDismiss={setDismissing}
            />
          )}
          {list.rows.length > 0 && (
            <Group justify="space-between">
              <Text fz="sm" c="dimmed">
                {t('list.shown', { shown: list.rows.length, total: list.totalCount })}
              </Text>
              {list.hasMore && first < MAX_PAGE && (
                <Button
                  variant="default"
                  loading={list.refreshing}
                  onClick={() => setFirst((n) => Math.min(n + PAGE, MAX_PAGE))}
                >
                  {t('actions.loadMore')}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      </Paper>
      <ResolveModal discrepancy={resolving} onClose={() => setResolving(null)} />
      <DismissModal discrepancy={dismissing} onClose={() => setDismissing(null)} />
    </Stack>
  );
}
