import { Avatar, Badge, Button, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { useErrorText, usePageTitle } from '@plannivo/web-kit/ui';
import { IconUserQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTabParam } from '../../../shared/hooks/useTabParam';
import { canAccess } from '../../../shared/lib/can';
import { ConfirmModal } from '../../../shared/ui/ConfirmModal';
import {
  DetailFallback,
  DetailHeader,
  DetailPage,
  DetailTabsList,
} from '../../../shared/ui/DetailPage';
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
  const own = 'own' in props;
  usePageTitle(instructor?.name ?? t('detail.documentTitle'));

  const manage = user !== null && canAccess(user.role, 'instructors', 'update');
  const isSelf = Boolean(instructor?.user && user && instructor.user.id === user.id);
  const tabs = TABS.filter((tab) => tab !== 'pay' || manage);
  const [tab, selectTab] = useTabParam(tabs, 'profile');
  const backTo = own ? undefined : '/instructors';

  if (loading || error !== undefined || notFound || !instructor) {
    return (
      <DetailFallback
        ns="instructors"
        backTo={backTo}
        state={{ loading, error, retry }}
        notFoundIcon={<IconUserQuestion size={26} />}
        notFound={
          own
            ? { title: t('detail.noOwnProfileTitle'), description: t('detail.noOwnProfileBody') }
            : undefined
        }
      />
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
    <DetailPage ns="instructors" backTo={backTo}>
      <DetailHeader
        media={<Avatar name={instructor.name} color="initials" size={56} radius="xl" aria-hidden />}
        title={instructor.name}
        facts={
          <>
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
          </>
        }
        actions={
          manage && (
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
          )
        }
      />

      <Tabs value={tab} onChange={selectTab} keepMounted={false}>
        <DetailTabsList label={t('detail.tabsLabel')}>
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
        </DetailTabsList>
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
    </DetailPage>
  );
}
