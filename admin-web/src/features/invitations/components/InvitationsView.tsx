import { Button, EmptyState, SegmentedControl, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getErrorCode } from '@plannivo/web-kit/errors';
import { IconMailForward, IconMailOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationFieldsFragment, InvitationStatus } from '../../../gql/graphql';
import { useErrorText } from '@plannivo/web-kit/ui';
import { useIsDesk } from '../../../shared/hooks/useIsDesk';
import { ConfirmModal } from '../../../shared/ui/ConfirmModal';
import { ListContent } from '../../../shared/ui/ListContent';
import { ListPanel } from '../../../shared/ui/ListPanel';
import { ListToolbar } from '../../../shared/ui/ListToolbar';
import { useResendInvitation, useRevokeInvitation } from '../hooks/useInvitationMutations';
import { useInvitations } from '../hooks/useInvitations';
import { useStatusFilter } from '../hooks/useStatusFilter';
import { INVITATION_STATUSES } from '../status';
import { InvitationsList } from './InvitationsList';
import { InvitationsTable } from './InvitationsTable';

const ALL = '*';

/** Invitations of one status (or all), with resend and revoke. */
export function InvitationsView({ onInvite }: { onInvite: () => void }) {
  const { t } = useTranslation('invitations');
  const errorMessage = useErrorText();
  const isDesk = useIsDesk();
  const { status, setStatus } = useStatusFilter();
  const list = useInvitations(status);
  const { resend } = useResendInvitation();
  const revocation = useRevokeInvitation();
  const [revoking, setRevoking] = useState<InvitationFieldsFragment | null>(null);

  const handleResend = async (invitation: InvitationFieldsFragment) => {
    const id = notifications.show({
      loading: true,
      autoClose: false,
      message: t('resend.sending', { email: invitation.email }),
    });
    try {
      await resend(invitation.id);
      notifications.update({
        id,
        loading: false,
        autoClose: 5000,
        color: 'teal',
        message: t('resend.sent', { email: invitation.email }),
      });
    } catch (caught) {
      const changed = getErrorCode(caught) === 'CONFLICT';
      notifications.update({
        id,
        loading: false,
        autoClose: 8000,
        color: 'red',
        title: t('resend.failed'),
        message: changed ? t('changedMeanwhile') : errorMessage(caught),
      });
      // Accepted or revoked by someone else in the meantime: show its real status.
      if (changed) list.retry();
    }
  };

  const askRevoke = (invitation: InvitationFieldsFragment) => {
    revocation.reset();
    setRevoking(invitation);
  };

  const confirmRevoke = async () => {
    if (!revoking) return;
    try {
      await revocation.revoke(revoking.id);
      notifications.show({ color: 'teal', message: t('revoke.done', { email: revoking.email }) });
      setRevoking(null);
    } catch (caught) {
      // Shown in the dialog; a status changed meanwhile is worth a fresh list.
      if (getErrorCode(caught) === 'CONFLICT') list.retry();
    }
  };

  const revokeError = revocation.error
    ? getErrorCode(revocation.error) === 'CONFLICT'
      ? t('changedMeanwhile')
      : errorMessage(revocation.error)
    : undefined;

  const statusOptions = [
    { value: ALL, label: t('filter.all') },
    ...INVITATION_STATUSES.map((value) => ({ value, label: t(`status.${value}`) })),
  ];
  const changeStatus = (value: string | null) =>
    setStatus(value && value !== ALL ? (value as InvitationStatus) : undefined);

  const Rows = isDesk ? InvitationsTable : InvitationsList;

  return (
    <>
      <ListPanel
        toolbar={
          <ListToolbar
            align="center"
            count={
              list.loading || list.error
                ? undefined
                : t('count', { count: list.invitations.length })
            }
            refreshLabel={t('refresh')}
            onRefresh={list.retry}
            refreshing={list.refreshing}
          >
            {isDesk ? (
              <SegmentedControl
                data={statusOptions}
                value={status ?? ALL}
                onChange={changeStatus}
                aria-label={t('filter.label')}
              />
            ) : (
              <Select
                label={t('filter.label')}
                data={statusOptions}
                value={status ?? ALL}
                onChange={changeStatus}
                allowDeselect={false}
                w="100%"
              />
            )}
          </ListToolbar>
        }
      >
        <ListContent
          list={list}
          errorTitle={t('errorTitle')}
          isEmpty={!list.loading && list.invitations.length === 0}
          empty={
            <EmptyState
              py={56}
              withIndicatorBackground
              icon={status ? <IconMailOff size={26} /> : <IconMailForward size={26} />}
              title={
                status ? t('noMatches.title', { status: t(`status.${status}`) }) : t('empty.title')
              }
              description={status ? t('noMatches.body') : t('empty.body')}
            >
              <EmptyState.Actions>
                {status ? (
                  <Button variant="default" onClick={() => setStatus(undefined)}>
                    {t('filter.showAll')}
                  </Button>
                ) : (
                  <Button onClick={onInvite} leftSection={<IconMailForward size={16} />}>
                    {t('inviteStaff')}
                  </Button>
                )}
              </EmptyState.Actions>
            </EmptyState>
          }
        >
          <Rows
            invitations={list.invitations}
            loading={list.loading}
            onResend={(invitation) => void handleResend(invitation)}
            onRevoke={askRevoke}
          />
        </ListContent>
      </ListPanel>

      <ConfirmModal
        opened={revoking !== null}
        title={t('revoke.title')}
        confirmLabel={t('revoke.confirm')}
        loading={revocation.loading}
        error={revokeError}
        onConfirm={() => void confirmRevoke()}
        onClose={() => setRevoking(null)}
      >
        {t('revoke.body', { name: revoking?.name ?? '', email: revoking?.email ?? '' })}
      </ConfirmModal>
    </>
  );
}
