import { describe, expect, it } from 'vitest';
import {
  certificationDraftOf,
  certificationInput,
  expiryBadge,
  expiryCounts,
} from './certifications';

describe('expiry badges', () => {
  it.each([
    [{ status: 'VALID', expiresInDays: null }, null],
    [
      { status: 'VALID', expiresInDays: 400 },
      { kind: 'expiresIn', days: 400, soon: false },
    ],
    [
      { status: 'EXPIRING_SOON', expiresInDays: 30 },
      { kind: 'expiresIn', days: 30, soon: true },
    ],
    [{ status: 'EXPIRING_SOON', expiresInDays: 0 }, { kind: 'expiresToday' }],
    [
      { status: 'EXPIRED', expiresInDays: -3 },
      { kind: 'expired', days: 3 },
    ],
  ] as const)('%o → %o', (cert, badge) => {
    expect(expiryBadge(cert)).toEqual(badge);
  });

  it('counts what needs attention', () => {
    expect(
      expiryCounts([
        { status: 'VALID' },
        { status: 'EXPIRING_SOON' },
        { status: 'EXPIRING_SOON' },
        { status: 'EXPIRED' },
      ]),
    ).toEqual({ expiringSoon: 2, expired: 1 });
  });
});

describe('the certification form', () => {
  it('sends trimmed texts and empty ones as null', () => {
    expect(
      certificationInput({ name: '  IKO   Level 2 ', discipline: null, level: ' ', expiresOn: '' }),
    ).toEqual({ name: 'IKO Level 2', discipline: null, level: null, expiresOn: null });
  });

  it('starts from a saved certification', () => {
    expect(
      certificationDraftOf({
        name: 'PADI OWSI',
        discipline: 'DIVING',
        level: null,
        expiresOn: '2027-01-31',
      }),
    ).toEqual({ name: 'PADI OWSI', discipline: 'DIVING', level: '', expiresOn: '2027-01-31' });
  });
});
