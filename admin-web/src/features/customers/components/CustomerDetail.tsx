import { Alert, Anchor, Avatar, Badge, Group, Stack, Tabs, Text } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { IconArrowMerge, IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTabParam } from '../../../shared/hooks/useTabParam';
import {
  DetailFallback,
  DetailHeader,
  DetailPage,
  DetailTabsList,
} from '../../../shared/ui/DetailPage';
import { InstantText } from '../../../shared/ui/InstantText';
import { useCustomer } from '../hooks/useCustomer';
import { BookingsTab } from './BookingsTab';
import { DocumentsTab } from './DocumentsTab';
import { DuplicatesTab } from './DuplicatesTab';
import { FamilyTab } from './FamilyTab';
import { HistoryTab } from './HistoryTab';
import { ProfileForm } from './ProfileForm';
import { customerPath } from './viewProps';

const TABS = ['profile', 'family', 'bookings', 'documents', 'duplicates', 'history'] as const;

/**
 * One customer record: profile, family, bookings, documents, duplicates and history, the open tab kept
 * in the URL (`?tab=family`). A merged record says where it went and is shown
 * read-only.
 */
export function CustomerDetail({ id }: { id: string }) {
  const { t } = useTranslation('customers');
  const { customer, loading, notFound, error, retry } = useCustomer(id);
  const [tab, selectTab] = useTabParam(TABS, 'profile');
  usePageTitle(customer?.name ?? t('detail.documentTitle'));

  if (loading || error !== undefined || notFound || !customer) {
    return (
      <DetailFallback
        ns="customers"
        backTo="/customers"
        state={{ loading, error, retry }}
        notFoundIcon={<IconUserQuestion size={26} />}
      />
    );
  }

  const merged = customer.mergedInto;
  const readOnly = Boolean(merged);

  return (
    <DetailPage ns="customers" backTo="/customers">
      <DetailHeader
        media={<Avatar name={customer.name} color="initials" size={56} radius="xl" aria-hidden />}
        title={customer.name}
        facts={
          <>
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
          </>
        }
      />

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
        <DetailTabsList label={t('detail.tabsLabel')}>
          <Tabs.Tab value="profile">{t('detail.tabs.profile')}</Tabs.Tab>
          <Tabs.Tab value="family" rightSection={<Count value={customer.dependents.length} />}>
            {t('detail.tabs.family')}
          </Tabs.Tab>
          <Tabs.Tab value="bookings">{t('detail.tabs.bookings')}</Tabs.Tab>
          <Tabs.Tab value="documents">{t('detail.tabs.documents')}</Tabs.Tab>
          <Tabs.Tab
            value="duplicates"
            // A merged record is history: its look-alikes are the survivor's to merge.
            rightSection={<Count value={readOnly ? 0 : customer.duplicates.length} warn />}
          >
            {t('detail.tabs.duplicates')}
          </Tabs.Tab>
          <Tabs.Tab value="history">{t('detail.tabs.history')}</Tabs.Tab>
        </DetailTabsList>
        <Tabs.Panel value="profile">
          <ProfileForm key={customer.id} customer={customer} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="family">
          <FamilyTab customer={customer} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="bookings">
          <BookingsTab customerId={customer.id} />
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
    </DetailPage>
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
