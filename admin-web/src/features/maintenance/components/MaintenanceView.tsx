import { Button, EmptyState, Group, Paper, Select, Skeleton, Stack, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useErrorText } from '@plannivo/web-kit/ui';
import {
  IconAlertTriangle,
  IconLayoutKanban,
  IconListCheck,
  IconMapPin,
  IconMapPinOff,
  IconRadar,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTabParam } from '../../../shared/hooks/useTabParam';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { RefreshButton } from '../../../shared/ui/RefreshButton';
import {
  useMaintenanceBoard,
  useMaintenanceLocations,
  useTaskActions,
} from '../hooks/useMaintenance';
import { MaintenanceBoard } from './MaintenanceBoard';
import { ReportDamageModal } from './ReportDamageModal';
import { RulesPanel } from './RulesPanel';

const TABS = ['board', 'rules'] as const;

/**
 * The maintenance board of one location (`?location=`), and its service rules (`?tab=rules`):
 * report damage, check the rules now, refresh.
 */
export function MaintenanceView() {
  const { t } = useTranslation('maintenance');
  const { locations, loading, error, retry } = useMaintenanceLocations();
  const [params, setParams] = useSearchParams();
  const [tab, setTab] = useTabParam(TABS, 'board');
  const location = locations.find((l) => l.id === params.get('location')) ?? locations[0] ?? null;

  const chooseLocation = (id: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('location', id);
        else next.delete('location');
        return next;
      },
      { replace: true },
    );

  if (loading) {
    return (
      <Stack gap="lg" aria-busy>
        <Skeleton height={36} width={320} radius="sm" />
        <Skeleton height={360} radius="lg" />
      </Stack>
    );
  }
  if (error !== undefined) {
    return (
      <Paper withBorder radius="lg">
        <ErrorState title={t('locationsFailed')} error={error} onRetry={retry} />
      </Paper>
    );
  }
  if (!location) {
    return (
      <EmptyState
        py={56}
        withIndicatorBackground
        icon={<IconMapPinOff size={26} />}
        title={t('noLocations')}
      />
    );
  }

  return (
    <Stack gap="lg">
      <Select
        label={t('location')}
        data={locations.map((l) => ({ value: l.id, label: l.name }))}
        value={location.id}
        onChange={chooseLocation}
        allowDeselect={false}
        searchable={locations.length > 8}
        leftSection={<IconMapPin size={16} aria-hidden />}
        w={{ base: '100%', xs: 320 }}
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="board" leftSection={<IconLayoutKanban size={16} aria-hidden />}>
            {t('tabs.board')}
          </Tabs.Tab>
          <Tabs.Tab value="rules" leftSection={<IconListCheck size={16} aria-hidden />}>
            {t('tabs.rules')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="board" pt="md">
          <BoardTab key={location.id} locationId={location.id} />
        </Tabs.Panel>
        <Tabs.Panel value="rules" pt="md">
          <RulesPanel key={location.id} location={location} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function BoardTab({ locationId }: { locationId: string }) {
  const { t } = useTranslation('maintenance');
  const errorText = useErrorText();
  const board = useMaintenanceBoard(locationId);
  const { scan, scanning } = useTaskActions();
  const [reporting, setReporting] = useState(false);

  const runScan = async () => {
    try {
      const res = await scan({ variables: { locationId } });
      const opened = res.data?.runMaintenanceScan ?? 0;
      notifications.show({
        color: 'teal',
        message: opened ? t('scan.opened', { count: opened }) : t('scan.none'),
      });
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(err) });
    }
  };

  return (
    <Stack gap="md">
      <Group gap="sm" justify="flex-end">
        <Button
          color="orange"
          leftSection={<IconAlertTriangle size={16} aria-hidden />}
          onClick={() => setReporting(true)}
        >
          {t('actions.reportDamage')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconRadar size={16} aria-hidden />}
          loading={scanning}
          onClick={() => void runScan()}
        >
          {t('actions.runScan')}
        </Button>
        <RefreshButton
          label={t('actions.refresh')}
          loading={board.refreshing}
          onClick={() => void board.refetch()}
        />
      </Group>
      <MaintenanceBoard
        open={board.open}
        done={board.done}
        loading={board.loading}
        error={board.error}
        onRetry={() => void board.refetch()}
      />
      <ReportDamageModal
        locationId={locationId}
        opened={reporting}
        onClose={() => setReporting(false)}
      />
    </Stack>
  );
}
