import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getErrorCode } from '@plannivo/web-kit/errors';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CustomerFieldsFragment,
  CustomerSkillInput,
  Discipline,
  SkillLevel,
} from '../../../gql/graphql';
import { changesOf, draftOf, type CustomerDraft } from '../changes';
import { refusedFields, type CustomerField } from '../fieldErrors';
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
  const errorMessage = useErrorText();
  const { updateCustomer, loading, error, reset } = useUpdateCustomer();
  const [base, setBase] = useState(customer);
  const [draft, setDraft] = useState<CustomerDraft>(() => draftOf(customer));
  const [nameMissing, setNameMissing] = useState(false);

  // Follow the record while the form is untouched (adjusting state during render).
  if (customer !== base && changesOf(base, draft) === null) {
    setBase(customer);
    setDraft(draftOf(customer));
  }

  const changes = changesOf(customer, draft);
  const set = <K extends keyof CustomerDraft>(key: K, value: CustomerDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

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
        setBase(saved);
        setDraft(draftOf(saved));
        notifications.show({ color: 'teal', message: t('profile.saved', { name: saved.name }) });
      }
    } catch {
      // Shown from the mutation's error state.
    }
  }

  const discard = () => {
    reset();
    setNameMissing(false);
    setDraft(draftOf(customer));
  };

  const refused = refusedFields(error);
  const fieldError = (field: CustomerField) =>
    refused.includes(field) ? t(`fieldErrors.${field}`) : undefined;
  const byField = getErrorCode(error) === 'BAD_USER_INPUT' && refused.length > 0;

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('profile.formLabel')}>
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
              {byField ? t('profile.checkFields') : errorMessage(error)}
            </Alert>
          )}

          <Section title={t('profile.contact')}>
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
          </Section>

          <Section title={t('profile.emergency')}>
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
          </Section>

          <Section title={t('profile.sizing')}>
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
          </Section>

          <Section title={t('profile.skills')} description={t('profile.skillsHelp')}>
            <SkillsEditor
              skills={draft.skills}
              onChange={(skills) => set('skills', skills)}
              error={fieldError('skills')}
              readOnly={readOnly}
            />
          </Section>

          <Section title={t('profile.tagsAndNotes')}>
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
          </Section>

          {!readOnly && (
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={discard} disabled={!changes || loading}>
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

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label={title}>
      <Stack gap="md">
        <div>
          <Title order={2} fz="md">
            {title}
          </Title>
          {description && (
            <Text fz="sm" c="dimmed" mt={2}>
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

/** One row per discipline with its level; each discipline at most once, as the API wants. */
function SkillsEditor({
  skills,
  onChange,
  error,
  readOnly,
}: {
  skills: CustomerSkillInput[];
  onChange: (skills: CustomerSkillInput[]) => void;
  error?: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation('customers');
  const unused = DISCIPLINES.filter((d) => !skills.some((skill) => skill.discipline === d));
  const update = (index: number, skill: CustomerSkillInput) =>
    onChange(skills.map((current, i) => (i === index ? skill : current)));

  return (
    <Stack gap="sm">
      {skills.length === 0 && (
        <Text fz="sm" c="dimmed">
          {t('profile.noSkills')}
        </Text>
      )}
      {skills.map((skill, index) => {
        const disciplineName = t(`disciplines.${skill.discipline}`);
        return (
          <Group key={index} gap="sm" align="flex-end" wrap="nowrap">
            <Select
              label={t('fields.discipline')}
              data={[skill.discipline, ...unused].map((discipline) => ({
                value: discipline,
                label: t(`disciplines.${discipline}`),
              }))}
              value={skill.discipline}
              onChange={(value) =>
                value && update(index, { ...skill, discipline: value as Discipline })
              }
              allowDeselect={false}
              style={{ flex: 1 }}
            />
            <Select
              label={t('fields.level')}
              aria-label={`${t('fields.level')}: ${disciplineName}`}
              data={SKILL_LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
              value={skill.level}
              onChange={(value) => value && update(index, { ...skill, level: value as SkillLevel })}
              allowDeselect={false}
              style={{ flex: 1 }}
            />
            {!readOnly && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mb={2}
                aria-label={`${t('profile.removeSkill')}: ${disciplineName}`}
                onClick={() => onChange(skills.filter((_, i) => i !== index))}
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
            onClick={() => onChange([...skills, { discipline: unused[0]!, level: 'BEGINNER' }])}
          >
            {t('profile.addSkill')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
