import {
  Alert,
  Anchor,
  Button,
  EmptyState,
  Grid,
  Group,
  Menu,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { usePageTitle } from '@plannivo/web-kit/ui';
import {
  IconArchive,
  IconArrowLeft,
  IconBackpack,
  IconCalendarTime,
  IconChevronDown,
  IconNote,
  IconPencil,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canAccess } from '../../../shared/lib/can';
import { DetailHeader } from '../../../shared/ui/DetailPage';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { formatHours, formatLocalDate } from '../format';
import { useEquipmentItem } from '../hooks/useEquipmentItem';
import { useEquipmentStock } from '../hooks/useInventory';
import { formatZoned } from '../lib/wallClock';
import { MaintenanceWindowModal, NoteModal, RetireModal } from './ActionModals';
import { EquipmentFormModal } from './EquipmentFormModal';
import { EquipmentSchedule } from './EquipmentSchedule';
import { EquipmentTimeline } from './EquipmentTimeline';
import { StatusBadge, useCategoryLabel } from './labels';

type Dialog = 'edit' | 'note' | 'retire' | 'window' | null;

function BackLink({ to }: { to: string }) {
  const { t } = useTranslation('equipment');
  return (
    <Anchor component={Link} to={to} fz="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('detail.back')}
      </Group>
    </Anchor>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/**
 * One item: its status and facts, its details, hours of use and purchase, the next 14 days
 * of its schedule, and its lifecycle log. Management edits it, adds notes, books maintenance
 * and retires it; instructors read it.
 */
export function EquipmentDetail({ id }: { id: string }) {
  const { t } = useTranslation('equipment');
  const language = useCurrentLanguage();
  const categoryLabel = useCategoryLabel();
  const { user } = useCurrentUser();
  const canChange = user !== null && canAccess(user.role, 'equipment', 'update');
  const { item, loading, error, retry } = useEquipmentItem(id);
  const stock = useEquipmentStock(item?.location.id ?? null);
  const [dialog, setDialog] = useState<Dialog>(null);
  usePageTitle(item?.name ?? t('documentTitle'));
  const back = item ? `/equipment?location=${item.location.id}` : '/equipment';

  if (loading) {
    return (
      <Stack gap="lg" aria-busy>
        <BackLink to={back} />
        <Group gap="md">
          <Skeleton height={48} circle />
          <Skeleton height={28} width={260} radius="sm" />
        </Group>
        <Skeleton height={280} radius="lg" />
      </Stack>
    );
  }
  if (error !== undefined) {
    return (
      <Stack gap="lg">
        <BackLink to={back} />
        <Paper withBorder radius="lg">
          <ErrorState title={t('detail.errorTitle')} error={error} onRetry={retry} />
        </Paper>
      </Stack>
    );
  }
  if (!item) {
    return (
      <Stack gap="lg">
        <BackLink to={back} />
        <EmptyState
          py={56}
          withIndicatorBackground
          icon={<IconBackpack size={26} />}
          title={t('detail.notFoundTitle')}
          description={t('detail.notFoundBody')}
        />
      </Stack>
    );
  }

  const zone = item.location.timezone;
  const retired = item.status === 'RETIRED';
  const none = '—';
  const target = { id: item.id, name: item.name, timeZone: zone };
  const actions =
    canChange && !retired ? (
      <Group gap="sm" aria-label={t('detail.actions')} role="group">
        <Button
          variant="default"
          leftSection={<IconPencil size={16} />}
          onClick={() => setDialog('edit')}
        >
          {t('detail.edit')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconNote size={16} />}
          onClick={() => setDialog('note')}
        >
          {t('detail.addNote')}
        </Button>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button variant="default" rightSection={<IconChevronDown size={16} />}>
              {t('detail.more')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconCalendarTime size={16} />}
              onClick={() => setDialog('window')}
            >
              {t('detail.scheduleMaintenance')}
            </Menu.Item>
            <Menu.Item
              color="red"
              leftSection={<IconArchive size={16} />}
              onClick={() => setDialog('retire')}
            >
              {t('detail.retire')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    ) : canChange && retired ? (
      <Button
        variant="default"
        leftSection={<IconNote size={16} />}
        onClick={() => setDialog('note')}
      >
        {t('detail.addNote')}
      </Button>
    ) : undefined;

  return (
    <Stack gap="lg">
      <BackLink to={back} />
      <DetailHeader
        media={
          <ThemeIcon size={48} radius="xl" variant="light" color={retired ? 'gray' : 'blue'}>
            <IconBackpack size={26} aria-hidden />
          </ThemeIcon>
        }
        title={item.name}
        facts={
          <>
            <StatusBadge status={item.status} size="lg" />
            <Text fz="sm" c="dimmed">
              {[categoryLabel(item.category), item.size, item.location.name]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </>
        }
        actions={actions}
      />
      {!canChange && (
        <Text fz="sm" c="dimmed">
          {t('detail.readOnly')}
        </Text>
      )}
      {retired && item.retiredAt && (
        <Alert
          color="gray"
          variant="light"
          icon={<IconArchive aria-hidden />}
          title={t('detail.retiredTitle', { date: formatZoned(item.retiredAt, zone, language) })}
        >
          {item.retiredReason}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Paper
              withBorder
              radius="lg"
              p="lg"
              component="section"
              aria-labelledby="equipment-details"
            >
              <Title order={2} fz="md" mb="md" id="equipment-details">
                {t('detail.details')}
              </Title>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                <Fact label={t('detail.category')}>{categoryLabel(item.category)}</Fact>
                <Fact label={t('detail.size')}>{item.size ?? none}</Fact>
                <Fact label={t('detail.brand')}>{item.brand ?? none}</Fact>
                <Fact label={t('detail.model')}>{item.model ?? none}</Fact>
                <Fact label={t('detail.serial')}>
                  <Text component="span" ff="monospace" fz="sm">
                    {item.serialNumber ?? none}
                  </Text>
                </Fact>
                <Fact label={t('detail.location')}>{item.location.name}</Fact>
              </SimpleGrid>
              <Stack gap={2} mt="md">
                <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
                  {t('detail.notes')}
                </Text>
                <Text
                  fz="sm"
                  style={{ whiteSpace: 'pre-line' }}
                  c={item.notes ? undefined : 'dimmed'}
                >
                  {item.notes ?? t('detail.noNotes')}
                </Text>
              </Stack>
            </Paper>
            <EquipmentTimeline itemId={item.id} timeZone={zone} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <Paper
              withBorder
              radius="lg"
              p="lg"
              component="section"
              aria-labelledby="equipment-usage"
            >
              <Title order={2} fz="md" id="equipment-usage">
                {t('detail.usage')}
              </Title>
              <Text
                fz={32}
                fw={700}
                style={{ fontVariantNumeric: 'tabular-nums' }}
                data-testid="usage-hours"
              >
                {item.usageHours === null || item.usageHours === undefined
                  ? none
                  : t('hours', { hours: formatHours(item.usageHours, language) })}
              </Text>
              <Text fz="xs" c="dimmed">
                {t('detail.usageHelp', { base: formatHours(item.usageHoursBase ?? 0, language) })}
              </Text>
            </Paper>
            <Paper
              withBorder
              radius="lg"
              p="lg"
              component="section"
              aria-labelledby="equipment-purchase"
            >
              <Title order={2} fz="md" mb="md" id="equipment-purchase">
                {t('detail.purchase')}
              </Title>
              <SimpleGrid cols={2} spacing="md">
                <Fact label={t('detail.purchaseDate')}>
                  {item.purchaseDate
                    ? formatLocalDate(item.purchaseDate, language)
                    : t('detail.unknown')}
                </Fact>
                <Fact label={t('detail.purchaseCost')}>
                  {item.purchaseCost?.formatted ?? t('detail.unknown')}
                </Fact>
              </SimpleGrid>
            </Paper>
            <EquipmentSchedule uses={item.schedule ?? []} timeZone={zone} />
          </Stack>
        </Grid.Col>
      </Grid>
      {canChange && (
        <>
          <EquipmentFormModal
            opened={dialog === 'edit'}
            onClose={() => setDialog(null)}
            location={item.location}
            item={item}
            categories={[...new Set(stock.map((s) => s.category))]}
          />
          <NoteModal item={target} opened={dialog === 'note'} onClose={() => setDialog(null)} />
          <RetireModal item={target} opened={dialog === 'retire'} onClose={() => setDialog(null)} />
          <MaintenanceWindowModal
            item={target}
            opened={dialog === 'window'}
            onClose={() => setDialog(null)}
          />
        </>
      )}
    </Stack>
  );
}
