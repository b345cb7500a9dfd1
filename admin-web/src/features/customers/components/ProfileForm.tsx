import { NumberInput, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerFieldsFragment } from '../../../gql/graphql';
import { useRecordDraft } from '../../../shared/hooks/useRecordDraft';
import { refusalMessages } from '../../../shared/lib/fieldErrors';
import { DisciplineLevelsEditor } from '../../../shared/ui/DisciplineLevelsEditor';
import { FormSection } from '../../../shared/ui/FormSection';
import { RecordForm } from '../../../shared/ui/RecordForm';
import { changesOf, draftOf } from '../changes';
import { refusedFields } from '../fieldErrors';
import { useUpdateCustomer } from '../hooks/useCustomerMutations';
import { DISCIPLINES, SKILL_LEVELS } from '../skills';

const today = () => new Date().toISOString().slice(0, 10);
const numberOrNull = (value: string | number) => (typeof value === 'number' ? value : null);

/**
 * Every field of a record in one form. Saving sends only what changed; fields the API refuses
 * are marked with a translated message. While nothing is typed, the form follows the record
 * (another desk's change arriving); a merged record is shown read-only.
 */
export function ProfileForm({
  customer,
  readOnly,
}: {
  customer: CustomerFieldsFragment;
  readOnly: boolean;
}) {
  const { t } = useTranslation('customers');
  const { updateCustomer, loading, error, reset } = useUpdateCustomer();
  const form = useRecordDraft(customer, draftOf, changesOf);
  const { draft, set, changes } = form;
  const [nameMissing, setNameMissing] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft.name.trim()) {
      setNameMissing(true);
      return;
    }
    setNameMissing(false);
    if (!changes) return;
    reset();
    try {
      const saved = await updateCustomer(customer.id, changes);
      if (saved) {
        form.saved(saved);
        notifications.show({ color: 'teal', message: t('profile.saved', { name: saved.name }) });
      }
    } catch {
      // Shown from the mutation's error state.
    }
  }

  const discard = () => {
    reset();
    setNameMissing(false);
    form.discard();
  };

  const refused = refusedFields(error);
  const fieldError = refusalMessages(refused, (field) => t(`fieldErrors.${field}`));

  return (
    <RecordForm
      ns="customers"
      readOnly={readOnly}
      onSubmit={handleSubmit}
      error={error}
      byField={refused.length > 0}
      dirty={changes !== null}
      saving={loading}
      onDiscard={discard}
    >
      <FormSection title={t('profile.contact')}>
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
          <TextInput
            label={t('fields.birthDate')}
            type="date"
            value={draft.birthDate}
            onChange={(event) => set('birthDate', event.currentTarget.value)}
            error={fieldError('birthDate')}
            max={today()}
          />
          <TextInput
            label={t('fields.email')}
            type="email"
            value={draft.email}
            onChange={(event) => set('email', event.currentTarget.value)}
            error={fieldError('email')}
            autoComplete="off"
          />
          <TextInput
            label={t('fields.phone')}
            type="tel"
            value={draft.phone}
            onChange={(event) => set('phone', event.currentTarget.value)}
            error={fieldError('phone')}
            autoComplete="off"
          />
        </SimpleGrid>
      </FormSection>

      <FormSection title={t('profile.emergency')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('fields.emergencyContactName')}
            value={draft.emergencyContactName}
            onChange={(event) => set('emergencyContactName', event.currentTarget.value)}
            error={fieldError('emergencyContactName')}
            maxLength={200}
            autoComplete="off"
          />
          <TextInput
            label={t('fields.emergencyContactPhone')}
            type="tel"
            value={draft.emergencyContactPhone}
            onChange={(event) => set('emergencyContactPhone', event.currentTarget.value)}
            error={fieldError('emergencyContactPhone')}
            autoComplete="off"
          />
        </SimpleGrid>
      </FormSection>

      <FormSection title={t('profile.sizing')}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" maw={480}>
          <NumberInput
            label={t('fields.weightKg')}
            value={draft.weightKg ?? ''}
            onChange={(value) => set('weightKg', numberOrNull(value))}
            error={fieldError('weightKg')}
            min={10}
            max={250}
            // Out of range is the API's to refuse on the field, never silently corrected.
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
          />
          <NumberInput
            label={t('fields.heightCm')}
            value={draft.heightCm ?? ''}
            onChange={(value) => set('heightCm', numberOrNull(value))}
            error={fieldError('heightCm')}
            min={50}
            max={250}
            // Out of range is the API's to refuse on the field, never silently corrected.
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
          />
        </SimpleGrid>
      </FormSection>

      <FormSection title={t('profile.skills')} description={t('profile.skillsHelp')}>
        <DisciplineLevelsEditor
          value={draft.skills}
          onChange={(skills) => set('skills', skills)}
          disciplines={DISCIPLINES}
          levels={SKILL_LEVELS}
          ns="customers"
          texts={{
            empty: t('profile.noSkills'),
            remove: t('profile.removeSkill'),
            add: t('profile.addSkill'),
          }}
          error={fieldError('skills')}
          readOnly={readOnly}
        />
      </FormSection>

      <FormSection title={t('profile.tagsAndNotes')}>
        <Stack gap="md">
          <TagsInput
            label={t('fields.tags')}
            description={t('fields.tagsHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={draft.tags}
            onChange={(tags) => set('tags', tags)}
            error={fieldError('tags')}
            maxTags={30}
            clearable={!readOnly}
          />
          <Textarea
            label={t('fields.notes')}
            description={t('fields.notesHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={draft.notes}
            onChange={(event) => set('notes', event.currentTarget.value)}
            error={fieldError('notes')}
            autosize
            minRows={3}
            maxRows={12}
            maxLength={10_000}
          />
        </Stack>
      </FormSection>
    </RecordForm>
  );
}
