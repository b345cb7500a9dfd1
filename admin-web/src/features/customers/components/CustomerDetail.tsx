import {
  Alert,
  Anchor,
  Avatar,
  Badge,
  Button,
  EmptyState,
  Group,
  Paper,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { IconArrowLeft, IconArrowMerge, IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { InstantText } from '../../../shared/ui/InstantText';
import { useCustomer } from '../hooks/useCustomer';
import { DocumentsTab } from './DocumentsTab';
import { DuplicatesTab } from './DuplicatesTab';
import { FamilyTab } from './FamilyTab';
import { HistoryTab } from './HistoryTab';
import { ProfileForm } from './ProfileForm';
import { customerPath } from './viewProps';

const TABS = ['profile', 'family', 'documents', 'duplicates', 'history'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | null): value is Tab => TABS.includes(value as Tab);

/**
 * One customer record: profile, family, documents, duplicates and history, the open tab kept
 * in the URL (`?tab=family`). A merged record says where it went and is shown
 * read-only.
 */
export function CustomerDetail({ id }: { id: string }) {
  const { t } = useTranslation('customers');
  const { customer, loading, notFound, error, retry } = useCustomer(id);
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: Tab = isTab(tabParam) ? tabParam : 'profile';
  usePageTitle(customer?.name ?? t('detail.documentTitle'));

  const selectTab = (value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value && value !== 'profile') next.set('tab', value);
        else next.delete('tab');
        return next;
      },
      { replace: true },
    );

  const back = (
    <Anchor component={Link} to="/customers" fz="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('detail.back')}
      </Group>
    </Anchor>
  );

  if (loading) {
    return (
      <Stack gap="lg" aria-busy>
        {back}
        <Group gap="md">
          <Skeleton height={56} circle />
          <Skeleton height={28} width={260} radius="sm" />
        </Group>
        <Skeleton height={320} radius="lg" />
      </Stack>
    );
  }
  if (error !== undefined) {
    return (
      <Stack gap="lg">
        {back}
        <Paper withBorder radius="lg">
          <ErrorState title={t('detail.errorTitle')} error={error} onRetry={retry} />
        </Paper>
      </Stack>
    );
  }
  if (notFound || !customer) {
    return (
      <Stack gap="lg">
        {back}
        <EmptyState
          py={56}
          withIndicatorBackground
          icon={<IconUserQuestion size={26} />}
          title={t('detail.notFoundTitle')}
          description={t('detail.notFoundBody')}
        >
          <EmptyState.Actions>
            <Button component={Link} to="/customers" variant="default">
              {t('detail.back')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Stack>
    );
  }

  const merged = customer.mergedInto;
  const readOnly = Boolean(merged);

  return (
    <Stack gap="lg">
      {back}
      <Group gap="md" wrap="nowrap" align="center">
        <Avatar name={customer.name} color="initials" size={56} radius="xl" aria-hidden />
        <div style={{ minWidth: 0 }}>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {customer.name}
          </Title>
          <Group gap="sm" mt={4}>
            <Group gap={4} wrap="nowrap">
              <Text fz="sm" c="dimmed">
                {t('detail.created')}
              </Text>
              <InstantText iso={customer.createdAt} mode="date" c="dimmed" />
            </Group>
            {customer.user && (
              <Badge variant="dot" color="teal" radius="sm" tt="none">
                {t('detail.accountBadge')}
              </Badge>
            )}
          </Group>
        </div>
      </Group>

      {merged && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconArrowMerge size={18} aria-hidden />}
          title={t('detail.mergedTitle', { name: merged.name })}
          role="status"
        >
          <Stack gap={6} align="flex-start">
            <Text fz="sm">{t('detail.mergedBody')}</Text>
            <Anchor component={Link} to={customerPath(merged.id)} fz="sm" fw={600}>
              {t('detail.mergedLink', { name: merged.name })}
            </Anchor>
          </Stack>
        </Alert>
      )}

      <Tabs value={tab} onChange={selectTab} keepMounted={false}>
        {/* One row on a phone too, scrolled sideways rather than wrapped. */}
        <Tabs.List
          aria-label={t('detail.tabsLabel')}
          mb="lg"
          style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}
        >
          <Tabs.Tab value="profile">{t('detail.tabs.profile')}</Tabs.Tab>
          <Tabs.Tab value="family" rightSection={<Count value={customer.dependents.length} />}>
            {t('detail.tabs.family')}
          </Tabs.Tab>
          <Tabs.Tab value="documents">{t('detail.tabs.documents')}</Tabs.Tab>
          <Tabs.Tab
            value="duplicates"
            // A merged record is history: its look-alikes are the survivor's to merge.
            rightSection={<Count value={readOnly ? 0 : customer.duplicates.length} warn />}
          >
            {t('detail.tabs.duplicates')}
          </Tabs.Tab>
          <Tabs.Tab value="history">{t('detail.tabs.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile">
          <ProfileForm key={customer.id} customer={customer} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="family">
          <FamilyTab customer={customer} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="documents">
          <DocumentsTab customer={customer} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="duplicates">
          <DuplicatesTab customer={customer} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <HistoryTab customerId={customer.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** How many records a tab lists; nothing for none. */
function Count({ value, warn = false }: { value: number; warn?: boolean }) {
  if (value === 0) return null;
  return (
    <Badge size="sm" circle variant="light" color={warn ? 'yellow' : 'gray'}>
      {value}
    </Badge>
  );
}
