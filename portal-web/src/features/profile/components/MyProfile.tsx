import { Button, Paper, Skeleton, Stack } from '@mantine/core';
import { useLogout } from '@plannivo/web-kit/auth';
import { ErrorAlert } from '@plannivo/web-kit/ui';
import { IconLogout } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyProfile } from '../hooks/useMyProfile';
import { BodySection } from './BodySection';
import { EmergencySection } from './EmergencySection';
import { FamilySection } from './FamilySection';
import { PersonalSection } from './PersonalSection';
import { PreferencesSection } from './PreferencesSection';
import { SecurityLinkCard } from './SecurityLinkCard';
import { SkillsSection } from './SkillsSection';

function SectionsLoading() {
  return (
    <Stack gap="md" aria-hidden>
      {[180, 140, 160].map((height) => (
        <Paper key={height} withBorder radius="lg" p="md">
          <Skeleton height={height - 32} radius="md" />
        </Paper>
      ))}
    </Stack>
  );
}

/**
 * "My profile": the person's own record in sections, each edited in place (personal details,
 * body, skills, emergency contact), their family, preferences, the way to sign-in and
 * security (`securityPath`) and "Log out". Staff, who have no customer record, see their
 * name and email only. `extraSections` (another feature's, such as documents) come after
 * the family, before preferences.
 */
export function MyProfile({
  securityPath,
  extraSections,
}: {
  securityPath: string;
  extraSections?: ReactNode;
}) {
  const { t } = useTranslation('profile');
  const { me, loading, error, refetch } = useMyProfile();
  const { logout, loading: loggingOut } = useLogout();
  const customer = me?.customer ?? null;

  return (
    <Stack gap="md">
      {loading ? (
        <SectionsLoading />
      ) : error || !me ? (
        <ErrorAlert error={error} title={t('loadFailed')}>
          <Button
            variant="light"
            color="red"
            size="compact-sm"
            mt="xs"
            onClick={() => void refetch().catch(() => undefined)}
          >
            {t('retry')}
          </Button>
        </ErrorAlert>
      ) : (
        <>
          <PersonalSection account={me} customer={customer} />
          {customer && (
            <>
              <BodySection customer={customer} />
              <SkillsSection customer={customer} />
              <EmergencySection customer={customer} />
              <FamilySection guardianId={customer.id} members={customer.dependents} />
            </>
          )}
        </>
      )}
      {extraSections}
      <PreferencesSection />
      <SecurityLinkCard to={securityPath} />
      <Button
        variant="default"
        size="md"
        leftSection={<IconLogout size={18} aria-hidden />}
        onClick={() => void logout()}
        loading={loggingOut}
      >
        {t('logout')}
      </Button>
    </Stack>
  );
}
