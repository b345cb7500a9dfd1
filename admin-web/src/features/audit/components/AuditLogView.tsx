import {
  ActionIcon,
  Alert,
  Box,
  Button,
  EmptyState,
  Group,
  Paper,
  Text,
  Tooltip,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { errorMessageKeys, getErrorCode } from '@plannivo/web-kit/errors';
import { IconAlertTriangle, IconFilterOff, IconHistory, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryFieldsFragment } from '../../../gql/graphql';
import { hasFilters, type AuditFilters } from '../filters';
import { useAuditFilters } from '../hooks/useAuditFilters';
import { useAuditLog } from '../hooks/useAuditLog';
import { AuditEntryDrawer } from './AuditEntryDrawer';
import { AuditLogFilters } from './AuditLogFilters';
import { AuditLogList } from './AuditLogList';
import { AuditLogTable } from './AuditLogTable';

const border = '1px solid var(--mantine-color-default-border)';

/** The audit log browser: filters from the URL, the entries a page at a time, the details. */
export function AuditLogView() {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const { filters, updateFilters, clearFilters } = useAuditFilters();
  const log = useAuditLog(filters);
  // Read at once (not after a first render), so a tablet never flashes the desk table. Below
  // 75em the page is too narrow for six readable columns beside the navigation.
  const isDesk = useMediaQuery('(min-width: 75em)', true, { getInitialValueInEffect: false });
  const isPhone = !useMediaQuery('(min-width: 36em)', true, { getInitialValueInEffect: false });
  const [opened, setOpened] = useState(false);
  const [selected, setSelected] = useState<AuditEntryFieldsFragment | null>(null);

  const open = (entry: AuditEntryFieldsFragment) => {
    setSelected(entry);
    setOpened(true);
  };
  const filterFromDrawer = (patch: Partial<AuditFilters>) => {
    setOpened(false);
    updateFilters(patch);
  };

  const filtered = hasFilters(filters);
  const showEntries = !log.error && (log.loading || log.entries.length > 0);
  const Entries = isDesk ? AuditLogTable : AuditLogList;

  return (
    <Paper withBorder radius="lg" style={{ overflow: 'clip' }}>
      <Group
        justify="space-between"
        align="flex-end"
        gap="md"
        p="md"
        bg="var(--mantine-color-body)"
        style={{ borderBottom: border }}
      >
        <AuditLogFilters
          filters={filters}
          entries={log.entries}
          onChange={updateFilters}
          onClear={clearFilters}
        />
        <Group gap="xs" wrap="nowrap" mb={4}>
          {!log.loading && !log.error && (
            <Text fw={600} fz="sm" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
              {t('count', { count: log.totalCount })}
            </Text>
          )}
          <Tooltip label={t('refresh')} withArrow>
            <ActionIcon
              variant="default"
              size="lg"
              onClick={log.retry}
              loading={log.refreshing}
              aria-label={t('refresh')}
            >
              <IconRefresh size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>

      {log.refreshError !== undefined && (
        <Alert color="red" radius={0} icon={<IconAlertTriangle size={18} />}>
          {tc(errorMessageKeys[getErrorCode(log.refreshError)])}
        </Alert>
      )}

      {log.error !== undefined ? (
        <EmptyState
          py={56}
          variant="light"
          color="red"
          icon={<IconAlertTriangle size={26} />}
          title={t('errorTitle')}
          description={tc(errorMessageKeys[getErrorCode(log.error)])}
        >
          <EmptyState.Actions>
            <Button onClick={log.retry} leftSection={<IconRefresh size={16} />}>
              {t('retry')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : showEntries ? (
        <Box
          style={{ opacity: log.stale ? 0.55 : 1, transition: 'opacity 150ms ease' }}
          aria-busy={log.loading || log.stale}
        >
          <Entries entries={log.entries} loading={log.loading} onOpen={open} />
        </Box>
      ) : (
        <EmptyState
          py={56}
          withIndicatorBackground
          icon={filtered ? <IconFilterOff size={26} /> : <IconHistory size={26} />}
          title={filtered ? t('noMatches.title') : t('empty.title')}
          description={filtered ? t('noMatches.body') : t('empty.body')}
        >
          {filtered && (
            <EmptyState.Actions>
              <Button variant="default" onClick={clearFilters}>
                {t('filters.clear')}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      )}

      {showEntries && !log.loading && (
        <Group justify="space-between" gap="sm" p="md" style={{ borderTop: border }}>
          <Text fz="sm" c="dimmed">
            {t('shown', { shown: log.entries.length, total: log.totalCount })}
          </Text>
          <Group gap="sm">
            {log.loadMoreError !== undefined && (
              <Text fz="sm" c="red" role="alert">
                {t('loadMoreFailed')} {tc(errorMessageKeys[getErrorCode(log.loadMoreError)])}
              </Text>
            )}
            {log.hasMore && (
              <Button
                variant="default"
                onClick={() => void log.loadMore()}
                loading={log.loadingMore}
              >
                {t('loadMore')}
              </Button>
            )}
          </Group>
        </Group>
      )}

      <AuditEntryDrawer
        entry={selected}
        opened={opened}
        fullScreen={isPhone}
        onClose={() => setOpened(false)}
        onFilter={filterFromDrawer}
      />
    </Paper>
  );
}
