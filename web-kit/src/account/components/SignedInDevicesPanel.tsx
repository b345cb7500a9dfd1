import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconLogout2, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getErrorCode } from '../../errors';
import type { SessionFieldsFragment } from '../../gql/graphql';
import { useNow } from '../../time/useNow';
import { useErrorText } from '../../ui/useErrorText';
import { useDeviceName } from '../hooks/useDeviceName';
import { useMySessions } from '../hooks/useMySessions';
import { useRevokeOtherSessions, useRevokeSession } from '../hooks/useRevokeSessions';
import { ConfirmDialog } from './ConfirmDialog';
import { SessionItem } from './SessionItem';

type Confirmation =
  { kind: 'one'; session: SessionFieldsFragment; deviceName: string } | { kind: 'others' };

function SessionsSkeleton() {
  return (
    <Stack gap="md" aria-hidden>
      {[0, 1].map((row) => (
        <Group key={row} gap="sm" wrap="nowrap" align="flex-start">
          <Skeleton height={40} width={40} radius="md" />
          <Stack gap={6} style={{ flex: 1 }}>
            <Skeleton height={16} width="45%" />
            <Skeleton height={12} width="70%" />
            <Skeleton height={12} width="35%" />
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}

/**
 * "Signed-in devices": every live session of the account, this device first, each other one
 * with a "Sign out" button, and "Sign out of all other devices". Both ask first and say what
 * happened afterwards.
 */
export function SignedInDevicesPanel() {
  const { t } = useTranslation('account');
  const errorText = useErrorText();
  const deviceName = useDeviceName();
  const now = useNow(30_000);
  const { sessions, loading, error, refetch } = useMySessions();
  const { revokeSession, loading: revoking } = useRevokeSession();
  const { revokeOtherSessions, loading: revokingOthers } = useRevokeOtherSessions();
  // Kept after closing, so the dialog does not change its words while it fades out.
  const [confirmation, setConfirmation] = useState<Confirmation>();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [outcome, setOutcome] = useState<string>();

  const others = sessions.filter((session) => !session.current).length;
  const busy = revoking || revokingOthers;

  function ask(next: Confirmation) {
    setFailure(undefined);
    setConfirmation(next);
    setConfirming(true);
  }

  function close() {
    if (!busy) setConfirming(false);
  }

  async function confirm() {
    if (!confirmation) return;
    setFailure(undefined);
    try {
      if (confirmation.kind === 'one') {
        await revokeSession(confirmation.session.id);
        setOutcome(t('sessions.revoked', { device: confirmation.deviceName }));
      } else {
        const count = await revokeOtherSessions();
        setOutcome(
          count > 0 ? t('sessions.revokedOthers', { count }) : t('sessions.revokedOthersNone'),
        );
      }
      setConfirming(false);
    } catch (caught) {
      // Signed out there meanwhile, or expired: what the user wanted has happened.
      if (confirmation.kind === 'one' && getErrorCode(caught) === 'NOT_FOUND') {
        setOutcome(t('sessions.alreadyEnded'));
        setConfirming(false);
        void refetch().catch(() => undefined);
        return;
      }
      setFailure(errorText(caught));
    }
  }

  let body;
  if (loading) {
    body = <SessionsSkeleton />;
  } else if (error) {
    body = (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertCircle aria-hidden />}
        title={t('sessions.loadFailed')}
      >
        <Stack gap="sm" align="flex-start">
          <Text fz="sm">{errorText(error)}</Text>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={() => void refetch().catch(() => undefined)}
          >
            {t('sessions.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  } else {
    body = (
      <Stack gap="md">
        <Stack
          component="ul"
          gap={0}
          aria-label={t('sessions.title')}
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {sessions.map((session, index) => (
            <SessionItem
              key={session.id}
              session={session}
              deviceName={deviceName(session.userAgent)}
              now={now}
              divided={index > 0}
              onSignOut={() =>
                ask({ kind: 'one', session, deviceName: deviceName(session.userAgent) })
              }
            />
          ))}
        </Stack>
        {others > 0 ? (
          <Button
            variant="light"
            color="red"
            leftSection={<IconLogout2 size={18} aria-hidden />}
            onClick={() => ask({ kind: 'others' })}
            w={{ base: '100%', xs: 'auto' }}
            // Long in Turkish: on a phone the label may take two lines rather than be cut.
            h="auto"
            mih={36}
            py={6}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('sessions.signOutOthers')}
          </Button>
        ) : (
          <Text fz="sm" c="dimmed">
            {t('sessions.noOthers')}
          </Text>
        )}
      </Stack>
    );
  }

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="md">
        <div>
          <Title order={2} fz="h4">
            {t('sessions.title')}
          </Title>
          <Text fz="sm" c="dimmed" mt={4}>
            {t('sessions.description')}
          </Text>
        </div>
        {outcome && (
          <Alert
            color="teal"
            variant="light"
            role="status"
            icon={<IconCircleCheck aria-hidden />}
            withCloseButton
            closeButtonLabel={t('sessions.close')}
            onClose={() => setOutcome(undefined)}
          >
            {outcome}
          </Alert>
        )}
        {body}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={
          confirmation?.kind === 'others'
            ? t('sessions.confirmOthers.title')
            : t('sessions.confirmOne.title')
        }
        confirmLabel={
          confirmation?.kind === 'others'
            ? t('sessions.confirmOthers.confirm')
            : t('sessions.confirmOne.confirm')
        }
        loading={busy}
        error={failure}
        onConfirm={() => void confirm()}
        onClose={close}
      >
        {confirmation?.kind === 'one'
          ? t('sessions.confirmOne.body', { device: confirmation.deviceName })
          : t('sessions.confirmOthers.body')}
      </ConfirmDialog>
    </Paper>
  );
}
