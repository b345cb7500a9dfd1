import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CustomerSkillInput,
  Discipline,
  InstructorFieldsFragment,
  SkillLevel,
} from '../../../gql/graphql';
import { useLocationOptions } from '../../../shared/hooks/useLocationOptions';
import { LocationsSelect } from '../../../shared/ui/LocationsSelect';
import { refusedFields, type InstructorField } from '../fieldErrors';
import { useUpdateInstructor } from '../hooks/useInstructorMutations';
import { COMMON_LANGUAGES, DISCIPLINES, languageName, LEVELS } from '../labels';
import { profileChanges, profileDraftOf, type ProfileDraft } from '../profile';
import { Section } from './Section';

/**
 * Name, biography, languages, disciplines with the highest level taught, and locations.
 * Saving sends only what changed; refused fields are marked. Read-only for a viewer who may
 * not edit profiles.
 */
export function ProfileTab({
  instructor,
  readOnly,
}: {
  instructor: InstructorFieldsFragment;
  readOnly: boolean;
}) {
  const { t } = useTranslation('instructors');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const locations = useLocationOptions();
  const { updateInstructor, loading, error, reset } = useUpdateInstructor();
  const [base, setBase] = useState(instructor);
  const [draft, setDraft] = useState<ProfileDraft>(() => profileDraftOf(instructor));
  const [nameMissing, setNameMissing] = useState(false);

  // Follow the record while the form is untouched (another desk's change arriving).
  if (instructor !== base && profileChanges(base, draft) === null) {
    setBase(instructor);
    setDraft(profileDraftOf(instructor));
  }

  const changes = profileChanges(instructor, draft);
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft.name.trim()) return setNameMissing(true);
    setNameMissing(false);
    if (!changes) return;
    reset();
    try {
      const saved = await updateInstructor(instructor.id, changes);
      if (saved) {
        setBase(saved);
        setDraft(profileDraftOf(saved));
        notifications.show({ color: 'teal', message: t('profile.saved', { name: saved.name }) });
      }
    } catch {
      // Shown from the mutation's error state.
    }
  }

  const refused = refusedFields(error);
  const fieldError = (field: InstructorField) =>
    refused.includes(field) ? t(`fieldErrors.${field}`) : undefined;
  const languageOptions = [...new Set([...COMMON_LANGUAGES, ...draft.languages])];

  return (
    <form onSubmit={submit} noValidate aria-label={t('profile.formLabel')}>
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="lg">
          {error && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle aria-hidden />}
              title={t('profile.failedTitle')}
              role="alert"
            >
              {refused.length > 0 ? t('profile.checkFields') : errorText(error)}
            </Alert>
          )}
          <Section title={t('profile.about')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label={t('fields.name')}
                value={draft.name}
                onChange={(event) => set('name', event.currentTarget.value)}
                error={nameMissing ? t('fieldErrors.nameRequired') : fieldError('name')}
                maxLength={200}
                autoComplete="off"
                required
              />
              <TagsInput
                label={t('fields.languages')}
                description={t('fields.languagesHelp')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                data={languageOptions.map((code) => ({
                  value: code,
                  label: languageName(code, language),
                }))}
                value={draft.languages}
                onChange={(codes) =>
                  set(
                    'languages',
                    codes.map((c) => c.trim().toLowerCase()),
                  )
                }
                error={fieldError('languages')}
                maxTags={10}
                clearable={!readOnly}
              />
            </SimpleGrid>
            <Textarea
              label={t('fields.bio')}
              description={t('fields.bioHelp')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              value={draft.bio}
              onChange={(event) => set('bio', event.currentTarget.value)}
              error={fieldError('bio')}
              autosize
              minRows={3}
              maxRows={10}
              maxLength={2000}
            />
          </Section>

          <Section title={t('profile.disciplines')} description={t('profile.disciplinesHelp')}>
            <DisciplinesEditor
              value={draft.disciplines}
              onChange={(list) => set('disciplines', list)}
              error={fieldError('disciplines')}
              readOnly={readOnly}
            />
          </Section>

          <Section title={t('profile.locations')} description={t('profile.locationsHelp')}>
            <LocationsSelect
              locations={locations}
              description={t('profile.locationsSelectHelp')}
              value={draft.locationIds}
              onChange={(ids) => set('locationIds', ids)}
              invalid={refused.includes('locationIds')}
            />
          </Section>

          {!readOnly && (
            <Group justify="flex-end" gap="sm">
              <Button
                variant="default"
                onClick={() => {
                  reset();
                  setNameMissing(false);
                  setDraft(profileDraftOf(instructor));
                }}
                disabled={!changes || loading}
              >
                {t('profile.discard')}
              </Button>
              <Button type="submit" loading={loading} disabled={!changes}>
                {t('profile.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}

/** One row per discipline with the highest level taught; each discipline at most once. */
function DisciplinesEditor({
  value,
  onChange,
  error,
  readOnly,
}: {
  value: CustomerSkillInput[];
  onChange: (value: CustomerSkillInput[]) => void;
  error?: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation('instructors');
  const unused = DISCIPLINES.filter((d) => !value.some((x) => x.discipline === d));
  const update = (index: number, next: CustomerSkillInput) =>
    onChange(value.map((current, i) => (i === index ? next : current)));
  return (
    <Stack gap="sm">
      {value.length === 0 && (
        <Text fz="sm" c="dimmed">
          {t('noDisciplines')}
        </Text>
      )}
      {value.map((item, index) => {
        const name = t(`disciplines.${item.discipline}`);
        return (
          <Group key={index} gap="sm" align="flex-end" wrap="nowrap">
            <Select
              label={t('fields.discipline')}
              data={[item.discipline, ...unused].map((d) => ({
                value: d,
                label: t(`disciplines.${d}`),
              }))}
              value={item.discipline}
              onChange={(next) =>
                next && update(index, { ...item, discipline: next as Discipline })
              }
              allowDeselect={false}
              style={{ flex: 1 }}
            />
            <Select
              label={t('fields.level')}
              aria-label={`${t('fields.level')}: ${name}`}
              data={LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
              value={item.level}
              onChange={(next) => next && update(index, { ...item, level: next as SkillLevel })}
              allowDeselect={false}
              style={{ flex: 1 }}
            />
            {!readOnly && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mb={2}
                aria-label={`${t('profile.removeDiscipline')}: ${name}`}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                <IconTrash size={18} />
              </ActionIcon>
            )}
          </Group>
        );
      })}
      {error && (
        <Text fz="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      {!readOnly && unused.length > 0 && (
        <Group>
          <Button
            variant="light"
            size="sm"
            leftSection={<IconPlus size={16} />}
            onClick={() => onChange([...value, { discipline: unused[0]!, level: 'BEGINNER' }])}
          >
            {t('profile.addDiscipline')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
