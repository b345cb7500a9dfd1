import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvitationFieldsFragment } from '../../../gql/graphql';
import { InstantText } from '../../../shared/ui/InstantText';
import { STATUS_COLORS } from '../status';

export function InvitationStatusBadge({ status }: { status: InvitationFieldsFragment['status'] }) {
  const { t } = useTranslation('invitations');
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" radius="sm" tt="none" fw={600}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** The badge and the date that matters for its status: expiry, acceptance. */
export function InvitationStatusCell({
  invitation,
}: {
  invitation: Pick<InvitationFieldsFragment, 'status' | 'expiresAt' | 'acceptedAt'>;
}) {
  const { t } = useTranslation('invitations');
  const { status, expiresAt, acceptedAt } = invitation;
  const detail =
    status === 'PENDING'
      ? { label: t('statusDetail.expires'), iso: expiresAt }
      : status === 'EXPIRED'
        ? { label: t('statusDetail.expired'), iso: expiresAt }
        : status === 'ACCEPTED' && acceptedAt
          ? { label: t('statusDetail.accepted'), iso: acceptedAt }
          : undefined;
  return (
    <Stack gap={4} align="flex-start">
      <InvitationStatusBadge status={status} />
      {detail && (
        <Group gap={4} wrap="nowrap">
          <Text span fz="xs" c="dimmed">
            {detail.label}
          </Text>
          <InstantText iso={detail.iso} fz="xs" c="dimmed" />
        </Group>
      )}
    </Stack>
  );
}
