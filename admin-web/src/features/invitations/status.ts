import type { MantineColor } from '@mantine/core';
import type { InvitationStatus } from '../../gql/graphql';

export const INVITATION_STATUSES = [
  'PENDING',
  'ACCEPTED',
  'EXPIRED',
  'REVOKED',
] as const satisfies readonly InvitationStatus[];

export const STATUS_COLORS = {
  PENDING: 'yellow',
  ACCEPTED: 'teal',
  EXPIRED: 'gray',
  REVOKED: 'red',
} as const satisfies Record<InvitationStatus, MantineColor>;

export function isInvitationStatus(value: string | null | undefined): value is InvitationStatus {
  return (INVITATION_STATUSES as readonly string[]).includes(value ?? '');
}

/** A new link can go out while nobody has used the invitation and it was not withdrawn. */
export function canResend(status: InvitationStatus): boolean {
  return status === 'PENDING' || status === 'EXPIRED';
}

/** Only a link that still works can be withdrawn. */
export function canRevoke(status: InvitationStatus): boolean {
  return status === 'PENDING';
}
