import {
  Alert,
  Button,
  Group,
  Input,
  MultiSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getErrorCode } from '@plannivo/web-kit/errors';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle, IconPercentage } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationDetailFieldsFragment } from '../../../gql/graphql';
import {
  changesOf,
  draftOf,
  draftProblems,
  type LocationDraft,
  type LocationField,
} from '../draft';
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
  const errorMessage = useErrorText();
  const { update, loading, error, reset } = useUpdateLocationDetails();
  const [base, setBase] = useState(location);
  const [draft, setDraft] = useState<LocationDraft>(() => draftOf(location));
  const [checked, setChecked] = useState(false);

  // Follow the location while the form is untouched (adjusting state during render).
  if (location !== base && changesOf(base, draft) === null) {
    setBase(location);
    setDraft(draftOf(location));
  }

  const set = <K extends keyof LocationDraft>(key: K, value: LocationDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const { problems, invalidDays } = draftProblems(draft);
  const changes = changesOf(location, draft);
  const refused = refusedLocationFields(error);
  const fieldError = (field: LocationField) => {
    const problem = problems[field];
    if (checked && problem) return t(`problems.${problem}`);
    return refused.includes(field) ? t(`refused.${field}`) : undefined;
  };
  const byField = getErrorCode(error) === 'BAD_USER_INPUT' && refused.length > 0;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(problems).length > 0 || !changes) return;
    reset();
    try {
      const saved = await update(location.id, changes);
      if (saved) {
        setBase(saved);
        setDraft(draftOf(saved));
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
    setDraft(draftOf(location));
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('detail.formLabel')}>
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="lg">
          {error && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle aria-hidden />}
              title={t('detail.failedTitle')}
              role="alert"
            >
              {byField ? t('detail.checkFields') : errorMessage(error)}
            </Alert>
          )}

          <Section title={t('detail.general')}>
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
          </Section>

          <Section title={t('detail.contact')}>
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
          </Section>

          <Section
            title={t('hours.title')}
            description={t('hours.help', { timezone: draft.timezone })}
          >
            <OpeningHoursEditor
              week={draft.week}
              onChange={(week) => set('week', week)}
              invalidDays={checked ? invalidDays : []}
              error={refused.includes('openingHours') ? t('refused.openingHours') : undefined}
              readOnly={readOnly}
            />
          </Section>

          <Section title={t('finance.title')} description={t('finance.help')}>
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
          </Section>

          {!readOnly && (
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={discard} disabled={!changes || loading}>
                {t('detail.discard')}
              </Button>
              <Button type="submit" loading={loading} disabled={!changes}>
                {t('detail.save')}
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
