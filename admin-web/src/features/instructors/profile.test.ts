import { describe, expect, it } from 'vitest';
import type { InstructorFieldsFragment } from '../../gql/graphql';
import { profileChanges, profileDraftOf } from './profile';

const instructor = {
  id: 'i1',
  name: 'Ece Güneş',
  bio: 'Windsurf since 2009.',
  active: true,
  languages: ['tr', 'en'],
  disciplines: [{ discipline: 'WINDSURF', level: 'EXPERT' }],
  locations: [{ id: 'l1', name: 'Akyaka', timezone: 'Europe/Istanbul', currency: 'TRY' }],
  certifications: [],
  user: null,
  payRate: null,
} as unknown as InstructorFieldsFragment;

describe('profile changes', () => {
  it('sends nothing when nothing changed, whatever the order of disciplines or locations', () => {
    expect(profileChanges(instructor, profileDraftOf(instructor))).toBeNull();
  });

  it('sends only the changed fields, cleaned', () => {
    const draft = {
      ...profileDraftOf(instructor),
      name: '  Ece   Güneş Kaya ',
      bio: '   ',
      languages: ['TR', 'en', 'De ', 'tr'],
      locationIds: ['l1', 'l2'],
    };
    expect(profileChanges(instructor, draft)).toEqual({
      name: 'Ece Güneş Kaya',
      bio: null,
      languages: ['tr', 'en', 'de'],
      locationIds: ['l1', 'l2'],
    });
  });

  it('sends the disciplines when a level changes', () => {
    const draft = {
      ...profileDraftOf(instructor),
      disciplines: [{ discipline: 'WINDSURF' as const, level: 'ADVANCED' as const }],
    };
    expect(profileChanges(instructor, draft)).toEqual({
      disciplines: [{ discipline: 'WINDSURF', level: 'ADVANCED' }],
    });
  });
});
