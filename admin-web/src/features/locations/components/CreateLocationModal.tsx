import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { getErrorCode } from '@plannivo/web-kit/errors';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle, IconCurrency } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppModal } from '../../../shared/ui/AppModal';
import { refusedLocationFields } from '../fieldErrors';
import { useCreateLocation } from '../hooks/useLocationDetail';
import { TimeZoneSelect } from './TimeZoneSelect';

/** The browser's own zone: a good first guess for a school's new location. */
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Opens a location (administrators): its name, time zone and currency, which is fixed from
 * then on. The new location's page opens for the rest of its settings.
 */
export function CreateLocationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('locations');
  const language = useCurrentLanguage();
  const errorMessage = useErrorText();
  const navigate = useNavigate();
  const { create, loading, error, reset } = useCreateLocation();
  const [name, setName] = useState('');
  const [timezone, setTimezone] = useState(browserZone);
  const [currency, setCurrency] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);

  const currencies = useMemo(() => {
    const names = new Intl.DisplayNames([language], { type: 'currency' });
    return Intl.supportedValuesOf('currency').map((code) => ({
      value: code,
      label: `${code} – ${names.of(code) ?? code}`,
    }));
  }, [language]);

  const refused = refusedLocationFields(error);
  const nameProblem = name.trim().length < 2 || name.trim().length > 120;
  const close = () => {
    reset();
    setName('');
    setCurrency(null);
    setChecked(false);
    onClose();
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (nameProblem || !timezone || !currency) return;
    reset();
    try {
      const created = await create({ name: name.trim(), timezone, currency });
      if (created) {
        close();
        void navigate(`/locations/${created.id}`);
      }
    } catch {
      // Shown from the mutation's error state.
    }
  }

  return (
    <AppModal opened={opened} onClose={close} title={t('create.title')} size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
              {getErrorCode(error) === 'BAD_USER_INPUT' && refused.length > 0
                ? t('detail.checkFields')
                : errorMessage(error)}
            </Alert>
          )}
          <TextInput
            label={t('fields.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={
              (checked && nameProblem) || refused.includes('name')
                ? t('problems.nameLength')
                : undefined
            }
            maxLength={120}
            data-autofocus
            required
          />
          <TimeZoneSelect
            label={t('fields.timezone')}
            value={timezone}
            onChange={setTimezone}
            error={
              (checked && !timezone) || refused.includes('timezone')
                ? t('refused.timezone')
                : undefined
            }
            nothingFoundMessage={t('fields.timezoneNothing')}
            comboboxProps={{ withinPortal: true }}
            required
          />
          <Select
            label={t('fields.currency')}
            description={t('create.currencyHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data={currencies}
            value={currency}
            onChange={setCurrency}
            error={
              (checked && !currency) || refused.includes('currency')
                ? t('refused.currency')
                : undefined
            }
            searchable
            limit={80}
            nothingFoundMessage={t('create.currencyNothing')}
            leftSection={<IconCurrency size={16} aria-hidden />}
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('create.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
