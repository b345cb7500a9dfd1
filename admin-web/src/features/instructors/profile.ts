import type {
  InstructorFieldsFragment,
  InstructorInput,
  CustomerSkillInput,
} from '../../gql/graphql';

/** What the profile form holds. */
export interface ProfileDraft {
  name: string;
  bio: string;
  languages: string[];
  disciplines: CustomerSkillInput[];
  locationIds: string[];
}

export function profileDraftOf(instructor: InstructorFieldsFragment): ProfileDraft {
  return {
    name: instructor.name,
    bio: instructor.bio ?? '',
    languages: [...instructor.languages],
    disciplines: instructor.disciplines.map(({ discipline, level }) => ({ discipline, level })),
    locationIds: instructor.locations.map((l) => l.id),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** Language codes as the API keeps them: trimmed, lower case, each once. */
export const normaliseLanguages = (codes: readonly string[]) => [
  ...new Set(codes.map((c) => c.trim().toLowerCase()).filter(Boolean)),
];

/**
 * Only what changed, so a save never overwrites what another desk changed meanwhile and the
 * audit log names what was edited; null when nothing did.
 */
export function profileChanges(
  instructor: InstructorFieldsFragment,
  draft: ProfileDraft,
): InstructorInput | null {
  const before = profileDraftOf(instructor);
  const input: InstructorInput = {};
  const name = draft.name.trim().replace(/\s+/g, ' ');
  if (name !== before.name) input.name = name;
  const bio = draft.bio.trim();
  if (bio !== before.bio.trim()) input.bio = bio || null;
  const languages = normaliseLanguages(draft.languages);
  // The order of languages is meaningful (the first is the main one).
  if (languages.join(',') !== before.languages.join(',')) input.languages = languages;
  const skills = (list: readonly CustomerSkillInput[]) =>
    list.map((d) => `${d.discipline}:${d.level}`);
  if (!sameList(skills(draft.disciplines), skills(before.disciplines)))
    input.disciplines = draft.disciplines;
  if (!sameList(draft.locationIds, before.locationIds)) input.locationIds = draft.locationIds;
  return Object.keys(input).length > 0 ? input : null;
}
