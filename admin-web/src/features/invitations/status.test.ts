import { describe, expect, it } from 'vitest';
import { canResend, canRevoke, INVITATION_STATUSES, isInvitationStatus } from './status';

describe('invitation actions', () => {
  it.each([
    ['PENDING', true, true],
    ['EXPIRED', true, false],
    ['ACCEPTED', false, false],
    ['REVOKED', false, false],
  ] as const)('%s: resend %s, revoke %s', (status, resend, revoke) => {
    expect(canResend(status)).toBe(resend);
    expect(canRevoke(status)).toBe(revoke);
  });
});

describe('isInvitationStatus', () => {
  it('knows the statuses, in upper case only', () => {
    for (const status of INVITATION_STATUSES) expect(isInvitationStatus(status)).toBe(true);
    expect(isInvitationStatus('pending')).toBe(false);
    expect(isInvitationStatus('')).toBe(false);
    expect(isInvitationStatus(null)).toBe(false);
  });
});
