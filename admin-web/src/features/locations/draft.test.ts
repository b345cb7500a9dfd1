import { describe, expect, it } from 'vitest';
import type { LocationDetailFieldsFragment } from '../../gql/graphql';
import { changesOf, draftOf, draftProblems } from './draft';

const akyaka: LocationDetailFieldsFragment = {
  id: 'l1',
  name: 'Akyaka Kite Center',
  timezone: 'Europe/Istanbul',
  currency: 'TRY',
  address: null,
  phone: '+90 252 243 00 00',
  email: null,
  openingHours: [{ weekday: 1, open: '09:00', close: '18:00' }],
  taxRateBasisPoints: 2000,
  taxInclusive: true,
  paymentMethods: ['CASH', 'CARD'],
};

describe('location form', () => {
  it('changes nothing until something is edited', () => {
    expect(changesOf(akyaka, draftOf(akyaka))).toBeNull();
    expect(draftProblems(draftOf(akyaka)).problems).toEqual({});
  });

  it('sends only what changed: the tax rate in basis points and the whole week', () => {
    const draft = draftOf(akyaka);
    draft.taxPercent = 18.05;
    draft.week[5] = { weekday: 6, open: true, from: '10:00', to: '16:00' };
    draft.paymentMethods = ['CARD', 'CASH'];
    draft.address = '  ';
    expect(changesOf(akyaka, draft)).toEqual({
      taxRateBasisPoints: 1805,
      openingHours: [
        { weekday: 1, open: '09:00', close: '18:00' },
        { weekday: 6, open: '10:00', close: '16:00' },
      ],
    });
  });

  it('clears a contact field with null', () => {
    const draft = { ...draftOf(akyaka), phone: '' };
    expect(changesOf(akyaka, draft)).toEqual({ phone: null });
  });

  it('names what it would refuse', () => {
    const draft = {
      ...draftOf(akyaka),
      name: 'A',
      email: 'akyaka@',
      taxPercent: 50.01,
      paymentMethods: [],
    };
    draft.week = draft.week.map((day) =>
      day.weekday === 2 ? { ...day, open: true, from: '18:00', to: '09:00' } : day,
    );
    expect(draftProblems(draft)).toEqual({
      problems: {
        name: 'nameLength',
        email: 'email',
        openingHours: 'openingHours',
        taxRateBasisPoints: 'taxRate',
        paymentMethods: 'paymentMethods',
      },
      invalidDays: [2],
    });
  });
});
