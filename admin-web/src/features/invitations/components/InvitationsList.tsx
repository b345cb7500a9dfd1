import { Group, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rowBorder } from '../../../shared/ui/ListPanel';
import { LocationNames } from '../../../shared/ui/LocationNames';
import { RoleBadge } from '../../../shared/ui/RoleBadge';
import { InvitationActions } from './InvitationActions';
import { InvitationStatusCell } from './InvitationStatusBadge';
import type { InvitationsViewProps } from './viewProps';

const SKELETON_ITEMS = 4;

/** The phone view: one block per invitation, its actions in a menu at the top right. */
export function InvitationsList({
  invitations,
  loading,
  onResend,
  onRevoke,
}: InvitationsViewProps) {
  const { t } = useTranslation('invitations');
  if (loading) {
    return (
      <Stack gap={0} aria-hidden>
        {Array.from({ length: SKELETON_ITEMS }, (_, i) => (
          <Stack key={i} gap={8} p="md" style={{ borderTop: i ? rowBorder : undefined }}>
            <Skeleton height={14} width="50%" radius="sm" />
            <Skeleton height={10} width="70%" radius="sm" />
            <Skeleton height={18} width={140} radius="sm" />
          </Stack>
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {invitations.map((invitation, i) => (
        <Stack
          component="li"
          key={invitation.id}
          gap={8}
          p="md"
          style={{ borderTop: i ? rowBorder : undefined }}
          aria-label={t('itemLabel', { name: invitation.name, email: invitation.email })}
        >
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div style={{ minWidth: 0 }}>
              <Text fz="sm" fw={600} truncate="end">
                {invitation.name}
              </Text>
              <Text fz="xs" c="dimmed" truncate="end">
                {invitation.email}
              </Text>
            </div>
            <InvitationActions invitation={invitation} onResend={onResend} onRevoke={onRevoke} />
          </Group>
          <Group gap="sm" align="flex-start">
            <RoleBadge role={invitation.role} size="sm" />
            <InvitationStatusCell invitation={invitation} />
          </Group>
          <LocationNames locations={invitation.locations} />
        </Stack>
      ))}
    </Stack>
  );
}
