import { Group, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InstantText } from '../../../shared/ui/InstantText';
import { LocationNames } from '../../../shared/ui/LocationNames';
import { RoleBadge } from '../../../shared/ui/RoleBadge';
import { dataTableStyles } from '../../../shared/ui/tableStyles';
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
    <Table.ScrollContainer minWidth={860}>
      <Table layout="fixed" verticalSpacing={10} horizontalSpacing="md" styles={dataTableStyles}>
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th>{t('columns.person')}</Table.Th>
            <Table.Th w={140}>{t('columns.role')}</Table.Th>
            <Table.Th w={190}>{t('columns.locations')}</Table.Th>
            <Table.Th w={190}>{t('columns.status')}</Table.Th>
            <Table.Th w={170}>{t('columns.invited')}</Table.Th>
            <Table.Th w={56}>
              <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading
            ? Array.from({ length: SKELETON_ROWS }, (_, i) => <SkeletonRow key={i} />)
            : invitations.map((invitation) => (
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
                    <InvitationActions
                      invitation={invitation}
                      onResend={onResend}
                      onRevoke={onRevoke}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function SkeletonRow() {
  return (
    <Table.Tr aria-hidden>
      <Table.Td>
        <Skeleton height={12} width="50%" radius="sm" mb={6} />
        <Skeleton height={10} width="70%" radius="sm" />
      </Table.Td>
      <Table.Td>
        <Skeleton height={20} width={90} radius="sm" />
      </Table.Td>
      <Table.Td>
        <Skeleton height={12} width="70%" radius="sm" />
      </Table.Td>
      <Table.Td>
        <Group gap={6}>
          <Skeleton height={20} width={80} radius="sm" />
        </Group>
      </Table.Td>
      <Table.Td>
        <Skeleton height={12} width="60%" radius="sm" />
      </Table.Td>
      <Table.Td />
    </Table.Tr>
  );
}
