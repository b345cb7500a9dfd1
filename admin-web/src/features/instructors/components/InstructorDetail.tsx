import {
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
import { notifications } from '@mantine/notifications';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { useErrorText, usePageTitle } from '@plannivo/web-kit/ui';
import { IconArrowLeft, IconUserQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { canAccess } from '../../../shared/lib/can';
import { ConfirmModal } from '../../../shared/ui/ConfirmModal';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { expiryCounts } from '../certifications';
import { useInstructor } from '../hooks/useInstructor';
import { useSetInstructorActive } from '../hooks/useInstructorMutations';
import { StatusBadge } from './Badges';
import { CertificationsTab } from './CertificationsTab';
import { PayTab } from './PayTab';
import { ProfileTab } from './ProfileTab';
import { TimeOffTab } from './TimeOffTab';
import { WorkingHoursTab } from './WorkingHoursTab';

const TABS = ['profile', 'hours', 'timeOff', 'certifications', 'pay'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | null): value is Tab => TABS.includes(value as Tab);

/**
 * One instructor: profile, weekly hours per location, time off, certifications and (for
 * management) pay, the open tab kept in the URL (`?tab=hours`). Management edits
 * everything; the instructor reads their own profile and manages their own time off, as the
 * API allows. `own` shows the signed-in instructor's own profile.
 */
export function InstructorDetail(props: { id: string } | { own: true }) {
  const { t } = useTranslation('instructors');
  const errorText = useErrorText();
  const { user } = useCurrentUser();
  const { instructor, loading, notFound, error, retry } = useInstructor(props);
  const active = useSetInstructorActive();
  const [confirming, setConfirming] = useState(false);
  const [params, setParams] = useSearchParams();
  const own = 'own' in props;
  usePageTitle(instructor?.name ?? t('detail.documentTitle'));

  const manage = user !== null && canAccess(user.role, 'instructors', 'update');
  const isSelf = Boolean(instructor?.user && user && instructor.user.id === user.id);
  const tabs = TABS.filter((tab) => tab !== 'pay' || manage);
  const tabParam = params.get('tab');
  const tab: Tab = isTab(tabParam) && tabs.includes(tabParam) ? tabParam : 'profile';
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

  const back = own ? null : (
    <Anchor component={Link} to="/instructors" fz="sm">
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
  if (notFound || !instructor) {
    return (
      <Stack gap="lg">
        {back}
        <EmptyState
          py={56}
          withIndicatorBackground
          icon={<IconUserQuestion size={26} />}
          title={own ? t('detail.noOwnProfileTitle') : t('detail.notFoundTitle')}
          description={own ? t('detail.noOwnProfileBody') : t('detail.notFoundBody')}
        >
          {!own && (
            <EmptyState.Actions>
              <Button component={Link} to="/instructors" variant="default">
                {t('detail.back')}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      </Stack>
    );
  }

  const { expiringSoon, expired } = expiryCounts(instructor.certifications);
  const toggleActive = () => {
    active
      .setActive(instructor.id, !instructor.active)
      .then((saved) => {
        setConfirming(false);
        if (saved)
          notifications.show({
            color: 'teal',
            message: saved.active
              ? t('detail.reactivated', { name: instructor.name })
              : t('detail.deactivated', { name: instructor.name }),
          });
      })
      .catch(() => undefined);
  };

  return (
    <Stack gap="lg">
      {back}
      <Group justify="space-between" align="center" gap="md">
        <Group gap="md" wrap="nowrap" align="center" miw={0}>
          <Avatar name={instructor.name} color="initials" size={56} radius="xl" aria-hidden />
          <div style={{ minWidth: 0 }}>
            <Title order={1} style={{ overflowWrap: 'anywhere' }}>
              {instructor.name}
            </Title>
            <Group gap="sm" mt={4}>
              <StatusBadge active={instructor.active} />
              {instructor.user ? (
                <Text fz="sm" c="dimmed">
                  {t('detail.account', { email: instructor.user.email })}
                </Text>
              ) : (
                <Text fz="sm" c="dimmed">
                  {t('detail.noAccount')}
                </Text>
              )}
            </Group>
          </div>
        </Group>
        {manage && (
          <Button
            variant={instructor.active ? 'default' : 'filled'}
            color={instructor.active ? 'red' : undefined}
            onClick={() => {
              active.reset();
              if (instructor.active) setConfirming(true);
              else toggleActive();
            }}
            loading={active.loading && !confirming}
          >
            {instructor.active ? t('detail.deactivate') : t('detail.reactivate')}
          </Button>
        )}
      </Group>

      <Tabs value={tab} onChange={selectTab} keepMounted={false}>
        <Tabs.List
          aria-label={t('detail.tabsLabel')}
          mb="lg"
          style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}
        >
          <Tabs.Tab value="profile">{t('detail.tabs.profile')}</Tabs.Tab>
          <Tabs.Tab value="hours">{t('detail.tabs.hours')}</Tabs.Tab>
          <Tabs.Tab value="timeOff">{t('detail.tabs.timeOff')}</Tabs.Tab>
          <Tabs.Tab
            value="certifications"
            rightSection={
              expired + expiringSoon > 0 ? (
                <Badge size="sm" circle variant="light" color={expired > 0 ? 'red' : 'yellow'}>
                  {expired + expiringSoon}
                </Badge>
              ) : null
            }
          >
            {t('detail.tabs.certifications')}
          </Tabs.Tab>
          {manage && <Tabs.Tab value="pay">{t('detail.tabs.pay')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="profile">
          <ProfileTab key={instructor.id} instructor={instructor} readOnly={!manage} />
        </Tabs.Panel>
        <Tabs.Panel value="hours">
          <WorkingHoursTab instructor={instructor} readOnly={!manage} />
        </Tabs.Panel>
        <Tabs.Panel value="timeOff">
          <TimeOffTab instructor={instructor} canEdit={manage || isSelf} />
        </Tabs.Panel>
        <Tabs.Panel value="certifications">
          <CertificationsTab instructor={instructor} readOnly={!manage} />
        </Tabs.Panel>
        {manage && (
          <Tabs.Panel value="pay">
            <PayTab key={instructor.id} instructor={instructor} />
          </Tabs.Panel>
        )}
      </Tabs>

      <ConfirmModal
        opened={confirming}
        title={t('detail.deactivateTitle', { name: instructor.name })}
        confirmLabel={t('detail.deactivate')}
        loading={active.loading}
        error={active.error ? errorText(active.error) : undefined}
        onClose={() => setConfirming(false)}
        onConfirm={toggleActive}
      >
        {t('detail.deactivateBody')}
      </ConfirmModal>
    </Stack>
  );
}
