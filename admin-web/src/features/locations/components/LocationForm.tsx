import {
  Group,
  Input,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconPercentage } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationDetailFieldsFragment } from '../../../gql/graphql';
import { useRecordDraft } from '../../../shared/hooks/useRecordDraft';
import { refusalMessages } from '../../../shared/lib/fieldErrors';
import { FormSection } from '../../../shared/ui/FormSection';
import { RecordForm } from '../../../shared/ui/RecordForm';
import { changesOf, draftOf, draftProblems, type LocationField } from '../draft';
import { refusedLocationFields } from '../fieldErrors';
import { PAYMENT_METHODS } from '../finance';
import { useUpdateLocationDetails } from '../hooks/useLocationDetail';
import { OpeningHoursEditor } from './OpeningHoursEditor';
import { TimeZoneSelect } from './TimeZoneSelect';

/**
 * Every setting of a location in one form: name and time zone, contact, opening hours and
 * finance. Saving sends only what changed; what the form or the API refuses is marked on its
 * field. While nothing is typed, the form follows the location (another desk's change).
 */
export function LocationForm({
  location,
  readOnly,
}: {
  location: LocationDetailFieldsFragment;
  readOnly: boolean;
}) {
  const { t } = useTranslation('locations');
  const language = useCurrentLanguage();
  const { update, loading, error, reset } = useUpdateLocationDetails();
  const form = useRecordDraft(location, draftOf, changesOf);
  const { draft, set, changes } = form;
  const [checked, setChecked] = useState(false);

  const { problems, invalidDays } = draftProblems(draft);
  const refused = refusedLocationFields(error);
  const refusal = refusalMessages(refused, (field) => t(`refused.${field}`));
  const fieldError = (field: LocationField) => {
    const problem = problems[field];
    if (checked && problem) return t(`problems.${problem}`);
    return refusal(field);
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(problems).length > 0 || !changes) return;
    reset();
    try {
      const saved = await update(location.id, changes);
      if (saved) {
        form.saved(saved);
        setChecked(false);
        notifications.show({ color: 'teal', message: t('detail.saved', { name: saved.name }) });
      }
    } catch {
      // Shown from the mutation's error state.
    }
  }

  const discard = () => {
    reset();
    setChecked(false);
    form.discard();
  };

  return (
    <RecordForm
      ns="locations"
      readOnly={readOnly}
      onSubmit={handleSubmit}
      error={error}
      byField={refused.length > 0}
      dirty={changes !== null}
      saving={loading}
      onDiscard={discard}
    >
      <FormSection title={t('detail.general')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('fields.name')}
            value={draft.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={fieldError('name')}
            maxLength={120}
            autoComplete="off"
            required
          />
          <TimeZoneSelect
            label={t('fields.timezone')}
            description={t('fields.timezoneHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={draft.timezone}
            onChange={(zone) => set('timezone', zone)}
            error={fieldError('timezone')}
            nothingFoundMessage={t('fields.timezoneNothing')}
            readOnly={readOnly}
            required
          />
          <TextInput
            label={t('fields.currency')}
            description={t('fields.currencyHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={location.currency}
            readOnly
            variant="filled"
          />
        </SimpleGrid>
      </FormSection>

      <FormSection title={t('detail.contact')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Textarea
            label={t('fields.address')}
            value={draft.address}
            onChange={(event) => set('address', event.currentTarget.value)}
            error={fieldError('address')}
            autosize
            minRows={2}
            maxLength={300}
            style={{ gridColumn: '1 / -1' }}
          />
          <TextInput
            label={t('fields.phone')}
            type="tel"
            value={draft.phone}
            onChange={(event) => set('phone', event.currentTarget.value)}
            error={fieldError('phone')}
            maxLength={300}
            autoComplete="off"
          />
          <TextInput
            label={t('fields.email')}
            type="email"
            value={draft.email}
            onChange={(event) => set('email', event.currentTarget.value)}
            error={fieldError('email')}
            maxLength={300}
            autoComplete="off"
          />
        </SimpleGrid>
      </FormSection>

      <FormSection
        title={t('hours.title')}
        description={t('hours.help', { timezone: draft.timezone })}
      >
        <OpeningHoursEditor
          week={draft.week}
          onChange={(week) => set('week', week)}
          invalidDays={checked ? invalidDays : []}
          error={refusal('openingHours')}
          readOnly={readOnly}
        />
      </FormSection>

      <FormSection title={t('finance.title')} description={t('finance.help')}>
        <Stack gap="md">
          <Group gap="md" align="flex-start" wrap="wrap">
            <NumberInput
              label={t('fields.taxRate')}
              description={t('fields.taxRateHelp')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              value={draft.taxPercent}
              onChange={(value) => set('taxPercent', value)}
              error={fieldError('taxRateBasisPoints')}
              decimalScale={2}
              decimalSeparator={language === 'tr' ? ',' : '.'}
              min={0}
              max={50}
              step={1}
              // Out of range is refused on the field, never silently corrected.
              clampBehavior="none"
              allowNegative={false}
              rightSection={<IconPercentage size={16} aria-hidden />}
              w={200}
            />
            <Input.Wrapper
              label={t('fields.taxInclusive')}
              labelElement="div"
              labelProps={{ id: 'tax-inclusive-label' }}
              description={
                draft.taxInclusive ? t('finance.inclusiveHelp') : t('finance.exclusiveHelp')
              }
              inputWrapperOrder={['label', 'input', 'description']}
            >
              <SegmentedControl
                aria-labelledby="tax-inclusive-label"
                value={draft.taxInclusive ? 'inclusive' : 'exclusive'}
                onChange={(value) => set('taxInclusive', value === 'inclusive')}
                data={[
                  { value: 'inclusive', label: t('finance.inclusive') },
                  { value: 'exclusive', label: t('finance.exclusive') },
                ]}
                disabled={readOnly}
                display="flex"
                mb={4}
              />
            </Input.Wrapper>
          </Group>
          <MultiSelect
            label={t('fields.paymentMethods')}
            data={PAYMENT_METHODS.map((method) => ({
              value: method,
              label: t(`paymentMethods.${method}`),
            }))}
            value={draft.paymentMethods}
            onChange={(methods) => set('paymentMethods', methods)}
            error={fieldError('paymentMethods')}
            readOnly={readOnly}
            maw={560}
          />
        </Stack>
      </FormSection>
    </RecordForm>
  );
}
