import '@mantine/dates/styles.css';
import 'dayjs/locale/tr';
import { Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { DatesProvider, DateTimePicker } from '@mantine/dates';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconClockHour4 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { useInventorySnapshot } from '../hooks/useInventory';
import { formatZoned, wallClockToInstant } from '../lib/wallClock';
import { STATUS_COLORS, useCategoryLabel } from './labels';

const numeric = { fontVariantNumeric: 'tabular-nums', textAlign: 'right' } as const;

/**
 * What a location has free, in use and in maintenance per category and size, now or at a
 * date and time picked on the location's clock (whatever the browser's zone).
 */
export function InventorySnapshotPanel({
  location,
}: {
  location: { id: string; name: string; timezone: string };
}) {
  const { t } = useTranslation('equipment');
  const language = useCurrentLanguage();
  const categoryLabel = useCategoryLabel();
  // The picked wall-clock time at the location; null is "now".
  const [picked, setPicked] = useState<string | null>(null);
  const at = picked ? wallClockToInstant(picked, location.timezone) : null;
  const state = useInventorySnapshot(location.id, at);
  const snapshot = state.snapshot;

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="inventory-snapshot">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" gap="md">
          <div style={{ flex: '1 1 320px', minWidth: 0 }}>
            <Title order={2} fz="lg" id="inventory-snapshot">
              {t('snapshot.title')}
            </Title>
            <Text fz="sm" c="dimmed" mt={4}>
              {t('snapshot.intro', { zone: location.timezone })}
            </Text>
          </div>
          <DatesProvider
            settings={{ locale: language.startsWith('tr') ? 'tr' : 'en', firstDayOfWeek: 1 }}
          >
            <Group gap="xs" align="flex-end">
              <DateTimePicker
                label={t('snapshot.at')}
                placeholder={t('snapshot.showingNow')}
                value={picked}
                onChange={setPicked}
                valueFormat="DD MMM YYYY HH:mm"
                clearable
                w={{ base: '100%', xs: 230 }}
                leftSection={<IconClockHour4 size={16} aria-hidden />}
                popoverProps={{ withinPortal: true }}
                ariaLabels={{
                  previousMonth: t('snapshot.previousMonth'),
                  nextMonth: t('snapshot.nextMonth'),
                }}
              />
              <Button variant="default" onClick={() => setPicked(null)} disabled={!picked}>
                {t('snapshot.now')}
              </Button>
            </Group>
          </DatesProvider>
        </Group>
        {state.error !== undefined ? (
          <ErrorState title={t('snapshot.errorTitle')} error={state.error} onRetry={state.retry} />
        ) : state.loading || !snapshot ? (
          <Stack gap="xs" aria-busy>
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} height={18} radius="sm" />
            ))}
          </Stack>
        ) : snapshot.lines.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('snapshot.empty')}
          </Text>
        ) : (
          <Stack
            gap="xs"
            style={{ opacity: state.stale ? 0.55 : 1, transition: 'opacity 150ms ease' }}
            aria-busy={state.stale}
          >
            <Text fz="sm" fw={600} aria-live="polite">
              {picked
                ? t('snapshot.showingAt', {
                    time: formatZoned(snapshot.at, location.timezone, language),
                  })
                : t('snapshot.showingNow')}
            </Text>
            <Table.ScrollContainer minWidth={480}>
              <Table
                verticalSpacing={6}
                striped
                aria-label={t('snapshot.title')}
                data-testid="inventory-snapshot"
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('snapshot.category')}</Table.Th>
                    <Table.Th>{t('snapshot.size')}</Table.Th>
                    <Table.Th style={numeric} c={STATUS_COLORS.AVAILABLE}>
                      {t('snapshot.free')}
                    </Table.Th>
                    <Table.Th style={numeric} c={STATUS_COLORS.IN_USE}>
                      {t('snapshot.inUse')}
                    </Table.Th>
                    <Table.Th style={numeric} c={STATUS_COLORS.MAINTENANCE}>
                      {t('snapshot.maintenance')}
                    </Table.Th>
                    <Table.Th style={numeric}>{t('snapshot.total')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {snapshot.lines.map((line) => (
                    <Table.Tr key={`${line.category}|${line.size ?? ''}`}>
                      <Table.Td>{categoryLabel(line.category)}</Table.Td>
                      <Table.Td>{line.size ?? t('noSize')}</Table.Td>
                      <Table.Td style={numeric} fw={line.free ? 600 : undefined}>
                        {line.free}
                      </Table.Td>
                      <Table.Td style={numeric}>{line.inUse}</Table.Td>
                      <Table.Td style={numeric}>{line.maintenance}</Table.Td>
                      <Table.Td style={numeric}>{line.total}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr fw={700}>
                    <Table.Td colSpan={2}>{t('snapshot.totals')}</Table.Td>
                    <Table.Td style={numeric}>{snapshot.totals.free}</Table.Td>
                    <Table.Td style={numeric}>{snapshot.totals.inUse}</Table.Td>
                    <Table.Td style={numeric}>{snapshot.totals.maintenance}</Table.Td>
                    <Table.Td style={numeric}>{snapshot.totals.total}</Table.Td>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
