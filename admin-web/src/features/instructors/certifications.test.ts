import { describe, expect, it } from 'vitest';
import {
  certificationDraftOf,
  certificationTitle,
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
      certificationInput({
        issuer: '  ',
        name: '  IKO   Level 2 ',
        number: '',
        discipline: null,
        level: ' ',
        expiresOn: '',
      }),
    ).toEqual({
      issuer: null,
      name: 'IKO Level 2',
      number: null,
      discipline: null,
      level: null,
      expiresOn: null,
    });
  });

  it('sends the issuer and number apart from the name, tidied', () => {
    expect(
      certificationInput({
        issuer: ' VDWS ',
        name: 'Windsurf  Instructor',
        number: ' VDWS-W  14-2287 ',
        discipline: 'WINDSURF',
        level: 'Instructor',
        expiresOn: '2028-03-31',
      }),
    ).toEqual({
      issuer: 'VDWS',
      name: 'Windsurf Instructor',
      number: 'VDWS-W 14-2287',
      discipline: 'WINDSURF',
      level: 'Instructor',
      expiresOn: '2028-03-31',
    });
  });

  it('starts from a saved certification', () => {
    expect(
      certificationDraftOf({
        issuer: 'PADI',
        name: 'Open Water Scuba Instructor',
        number: 'PADI 271834',
        discipline: 'DIVING',
        level: null,
        expiresOn: '2027-01-31',
      }),
    ).toEqual({
      issuer: 'PADI',
      name: 'Open Water Scuba Instructor',
      number: 'PADI 271834',
      discipline: 'DIVING',
      level: '',
      expiresOn: '2027-01-31',
    });
    // One saved before the issuer had its own field.
    expect(certificationDraftOf({ name: 'PADI OWSI', issuer: null, number: null })).toMatchObject({
      issuer: '',
      name: 'PADI OWSI',
      number: '',
    });
  });
});

describe('certification titles', () => {
  it.each([
    [{ issuer: 'IKO', name: 'Kiteboarding Instructor' }, 'IKO Kiteboarding Instructor'],
    [{ issuer: null, name: 'Red Cross first aid' }, 'Red Cross first aid'],
    [{ issuer: '  ', name: 'First aid' }, 'First aid'],
    [{ issuer: 'IKO', name: 'IKO Instructor Level 2' }, 'IKO Instructor Level 2'],
    [{ issuer: 'padi', name: 'PADI OWSI' }, 'PADI OWSI'],
    [{ name: 'VDWS Windsurf' }, 'VDWS Windsurf'],
  ])('%o → %s', (cert, title) => {
    expect(certificationTitle(cert)).toBe(title);
  });
});
