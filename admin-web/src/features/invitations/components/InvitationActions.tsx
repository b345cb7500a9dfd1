import { ActionIcon, Menu } from '@mantine/core';
import { IconBan, IconDots, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InvitationFieldsFragment } from '../../../gql/graphql';
import { canResend, canRevoke } from '../status';

/** Resend and revoke, as far as the invitation's status allows; nothing for closed ones. */
export function InvitationActions({
  invitation,
  onResend,
  onRevoke,
}: {
  invitation: InvitationFieldsFragment;
  onResend: (invitation: InvitationFieldsFragment) => void;
  onRevoke: (invitation: InvitationFieldsFragment) => void;
}) {
  const { t } = useTranslation('invitations');
  const resend = canResend(invitation.status);
  const revoke = canRevoke(invitation.status);
  if (!resend && !revoke) return null;
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('actions.more', { email: invitation.email })}
          onClick={(event) => event.stopPropagation()}
        >
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {resend && (
          <Menu.Item leftSection={<IconSend size={16} />} onClick={() => onResend(invitation)}>
            {t('actions.resend')}
          </Menu.Item>
        )}
        {revoke && (
          <Menu.Item
            color="red"
            leftSection={<IconBan size={16} />}
            onClick={() => onRevoke(invitation)}
          >
            {t('actions.revoke')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
