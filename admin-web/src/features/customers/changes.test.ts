import { describe, expect, it } from 'vitest';
import type { CustomerFieldsFragment } from '../../gql/graphql';
import { changesOf, draftOf } from './changes';

const customer = {
  id: 'c1',
  name: 'Ayşe Demir',
  email: 'ayse@example.com',
  phone: null,
  birthDate: '1990-04-12',
  emergencyContactName: null,
  emergencyContactPhone: null,
  weightKg: 60,
  heightCm: null,
  notes: 'Prefers mornings',
  tags: ['vip'],
  skills: [{ discipline: 'KITE', level: 'BEGINNER' }],
  createdAt: '2026-07-01T10:00:00.000Z',
  user: null,
  guardian: null,
  mergedInto: null,
  dependents: [],
  duplicates: [],
} satisfies CustomerFieldsFragment;

describe('changesOf', () => {
  it('is null when nothing changed, whatever the spacing', () => {
    const draft = { ...draftOf(customer), name: ' Ayşe  Demir ', email: 'ayse@example.com ' };
    expect(changesOf(customer, draft)).toBeNull();
  });

  it('sends only the changed fields, a cleared one as null', () => {
    const draft = { ...draftOf(customer), phone: '0532 111 22 33', notes: '', weightKg: null };
    expect(changesOf(customer, draft)).toEqual({
      phone: '0532 111 22 33',
      notes: null,
      weightKg: null,
    });
  });

  it('compares tags as the API keeps them and skills in any order', () => {
    const same = {
      ...draftOf(customer),
      tags: ['VIP ', 'vip'],
      skills: [{ discipline: 'KITE' as const, level: 'BEGINNER' as const }],
    };
    expect(changesOf(customer, same)).toBeNull();
    const changed = {
      ...draftOf(customer),
      tags: ['vip', 'Family'],
      skills: [
        { discipline: 'KITE' as const, level: 'INTERMEDIATE' as const },
        { discipline: 'SUP' as const, level: 'BEGINNER' as const },
      ],
    };
    expect(changesOf(customer, changed)).toEqual({
      tags: ['vip', 'family'],
      skills: [
        { discipline: 'KITE', level: 'INTERMEDIATE' },
        { discipline: 'SUP', level: 'BEGINNER' },
      ],
    });
  });

  it('sends a new birth date and a cleared one', () => {
    expect(changesOf(customer, { ...draftOf(customer), birthDate: '1991-01-02' })).toEqual({
      birthDate: '1991-01-02',
    });
    expect(changesOf(customer, { ...draftOf(customer), birthDate: '' })).toEqual({
      birthDate: null,
    });
  });
});
