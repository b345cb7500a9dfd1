import { SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstructorFieldsFragment } from '../../../gql/graphql';
import { useLocationOptions } from '../../../shared/hooks/useLocationOptions';
import { useRecordDraft } from '../../../shared/hooks/useRecordDraft';
import { refusalMessages } from '../../../shared/lib/fieldErrors';
import { DisciplineLevelsEditor } from '../../../shared/ui/DisciplineLevelsEditor';
import { FormSection } from '../../../shared/ui/FormSection';
import { LocationsSelect } from '../../../shared/ui/LocationsSelect';
import { RecordForm } from '../../../shared/ui/RecordForm';
import { refusedFields } from '../fieldErrors';
import { useUpdateInstructor } from '../hooks/useInstructorMutations';
import { COMMON_LANGUAGES, DISCIPLINES, languageName, LEVELS } from '../labels';
import { profileChanges, profileDraftOf } from '../profile';

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
  const locations = useLocationOptions();
  const { updateInstructor, loading, error, reset } = useUpdateInstructor();
  const form = useRecordDraft(instructor, profileDraftOf, profileChanges);
  const { draft, set, changes } = form;
  const [nameMissing, setNameMissing] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft.name.trim()) return setNameMissing(true);
    setNameMissing(false);
    if (!changes) return;
    reset();
    try {
      const saved = await updateInstructor(instructor.id, changes);
      if (saved) {
        form.saved(saved);
        notifications.show({ color: 'teal', message: t('profile.saved', { name: saved.name }) });
      }
    } catch {
      // Shown from the mutation's error state.
    }
  }

  const refused = refusedFields(error);
  const fieldError = refusalMessages(refused, (field) => t(`fieldErrors.${field}`));
  const languageOptions = [...new Set([...COMMON_LANGUAGES, ...draft.languages])];

  return (
    <RecordForm
      ns="instructors"
      readOnly={readOnly}
      onSubmit={submit}
      error={error}
      byField={refused.length > 0}
      dirty={changes !== null}
      saving={loading}
      onDiscard={() => {
        reset();
        setNameMissing(false);
        form.discard();
      }}
    >
      <FormSection title={t('profile.about')}>
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
      </FormSection>

      <FormSection title={t('profile.disciplines')} description={t('profile.disciplinesHelp')}>
        <DisciplineLevelsEditor
          value={draft.disciplines}
          onChange={(list) => set('disciplines', list)}
          disciplines={DISCIPLINES}
          levels={LEVELS}
          ns="instructors"
          texts={{
            empty: t('noDisciplines'),
            remove: t('profile.removeDiscipline'),
            add: t('profile.addDiscipline'),
          }}
          error={fieldError('disciplines')}
          readOnly={readOnly}
        />
      </FormSection>

      <FormSection title={t('profile.locations')} description={t('profile.locationsHelp')}>
        <LocationsSelect
          locations={locations}
          description={t('profile.locationsSelectHelp')}
          value={draft.locationIds}
          onChange={(ids) => set('locationIds', ids)}
          invalid={refused.includes('locationIds')}
        />
      </FormSection>
    </RecordForm>
  );
}
