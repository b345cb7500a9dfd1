import { Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InstantText } from '../../../shared/ui/InstantText';
import { LocationNames } from '../../../shared/ui/LocationNames';
import { RoleBadge } from '../../../shared/ui/RoleBadge';
import { DataTable, SkeletonLine } from '../../../shared/ui/DataTable';
import { InvitationActions } from './InvitationActions';
import { InvitationStatusCell } from './InvitationStatusBadge';
import type { InvitationsViewProps } from './viewProps';

const SKELETON_ROWS = 5;

export function InvitationsTable({
  invitations,
  loading,
  onResend,
  onRevoke,
}: InvitationsViewProps) {
  const { t } = useTranslation('invitations');
  return (
    <DataTable
      minWidth={860}
      skeletonRows={SKELETON_ROWS}
      loading={loading}
      rows={invitations}
      columns={[
        {
          label: t('columns.person'),
          skeleton: (
            <>
              <Skeleton height={12} width="50%" radius="sm" mb={6} />
              <SkeletonLine height={10} width="70%" />
            </>
          ),
        },
        { label: t('columns.role'), w: 140, skeleton: <SkeletonLine height={20} width={90} /> },
        { label: t('columns.locations'), w: 190, skeleton: <SkeletonLine width="70%" /> },
        {
          label: t('columns.status'),
          w: 190,
          skeleton: (
            <Group gap={6}>
              <SkeletonLine height={20} width={80} />
            </Group>
          ),
        },
        { label: t('columns.invited'), w: 170, skeleton: <SkeletonLine width="60%" /> },
        { label: t('columns.actions'), hiddenLabel: true, w: 56 },
      ]}
      renderRow={(invitation) => (
        <Table.Tr key={invitation.id}>
          <Table.Td>
            <Text fz="sm" fw={600} truncate="end" title={invitation.name}>
              {invitation.name}
            </Text>
            <Text fz="xs" c="dimmed" truncate="end" title={invitation.email}>
              {invitation.email}
            </Text>
          </Table.Td>
          <Table.Td>
            <RoleBadge role={invitation.role} />
          </Table.Td>
          <Table.Td>
            <LocationNames locations={invitation.locations} />
          </Table.Td>
          <Table.Td>
            <InvitationStatusCell invitation={invitation} />
          </Table.Td>
          <Table.Td>
            <Stack gap={2}>
              <InstantText iso={invitation.createdAt} />
              {invitation.invitedBy && (
                <Text fz="xs" c="dimmed" truncate="end">
                  {t('invitedBy', { name: invitation.invitedBy.name })}
                </Text>
              )}
            </Stack>
          </Table.Td>
          <Table.Td ta="right">
            <InvitationActions invitation={invitation} onResend={onResend} onRevoke={onRevoke} />
          </Table.Td>
        </Table.Tr>
      )}
    />
  );
}
