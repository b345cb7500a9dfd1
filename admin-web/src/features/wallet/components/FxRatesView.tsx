import '@mantine/dates/styles.css';
import 'dayjs/locale/tr';
import {
  Alert,
  Button,
  EmptyState,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { getFieldErrors } from '@plannivo/web-kit/errors';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { todayIn } from '@plannivo/web-kit/zoned';
import { IconAlertCircle, IconArrowsExchange, IconCalendar } from '@tabler/icons-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/lib/dates';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { RefreshButton } from '../../../shared/ui/RefreshButton';
import { useFxRates, useSetFxRate, useWalletLocations } from '../hooks/useWallet';
import {
  currencyChoices,
  formatRate,
  inverseLine,
  normaliseRate,
  rateLine,
} from '../lib/currencies';
import { isValidRate } from '../lib/fx';

const ALL = '*';

/**
 * Exchange rates entered by staff, each for a pair and a day (a second one the same day
 * replaces it), newest day first; conversions use the newest on or before their day and
 * keep the rate they used.
 */
export function FxRatesView() {
  return (
    <Grid gap="lg" align="flex-start">
      <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
        <RateForm />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
        <RateList />
      </Grid.Col>
    </Grid>
  );
}

interface Problems {
  base?: string;
  quote?: string;
  rate?: string;
  validOn?: string;
  form?: string;
}

function RateForm() {
  const { t } = useTranslation('payments');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const titleId = useId();
  const { locations } = useWalletLocations();
  const used = locations.map((l) => l.currency);
  const [base, setBase] = useState<string | null>('EUR');
  const [quote, setQuote] = useState<string | null>(null);
  const [rate, setRate] = useState('');
  const [validOn, setValidOn] = useState<string | null>(() =>
    todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone),
  );
  const [problems, setProblems] = useState<Problems>({});
  const [save, { loading }] = useSetFxRate();
  const choices = currencyChoices(used, {
    used: t('currencies.used'),
    other: t('currencies.other'),
  });
  const typed = normaliseRate(rate);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {};
    if (!base) found.base = t('errors.currency');
    if (!quote) found.quote = t('errors.currency');
    else if (quote === base) found.quote = t('errors.samePair');
    if (!isValidRate(typed)) found.rate = t('errors.rate');
    if (!validOn) found.validOn = t('errors.validOn');
    setProblems(found);
    if (Object.keys(found).length) return;
    try {
      const result = await save({
        variables: { input: { base: base!, quote: quote!, rate: typed, validOn: validOn! } },
      });
      const saved = result.data?.setFxRate;
      notifications.show({
        color: 'teal',
        title: t('fx.savedTitle'),
        message: saved
          ? t('fx.saved', {
              base: saved.base,
              quote: saved.quote,
              rate: formatRate(saved.rate, language),
              date: formatDate(saved.validOn, language, 'UTC'),
            })
          : '',
      });
      setRate('');
    } catch (error) {
      const fields = getFieldErrors(error);
      if (Object.keys(fields).length)
        setProblems({
          base: fields.base && t('errors.currencyRefused'),
          quote:
            fields.quote && (quote === base ? t('errors.samePair') : t('errors.currencyRefused')),
          rate: fields.rate && t('errors.rate'),
          validOn: fields.validOn && t('errors.validOn'),
        });
      else setProblems({ form: errorText(error) });
    }
  };

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby={titleId}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <div>
            <Title order={2} fz="h4" id={titleId}>
              {t('fx.formTitle')}
            </Title>
            <Text fz="sm" c="dimmed" mt={4}>
              {t('fx.formHint')}
            </Text>
          </div>
          <Group align="flex-start" wrap="nowrap" gap="sm" grow>
            <Select
              label={t('fx.base')}
              data={choices}
              value={base}
              onChange={(value) => {
                setBase(value);
                setProblems((p) => ({ ...p, base: undefined, quote: undefined }));
              }}
              searchable
              allowDeselect={false}
              required
              error={problems.base}
            />
            <Select
              label={t('fx.quote')}
              data={choices}
              value={quote}
              onChange={(value) => {
                setQuote(value);
                setProblems((p) => ({ ...p, quote: undefined }));
              }}
              searchable
              allowDeselect={false}
              required
              error={problems.quote}
            />
          </Group>
          <TextInput
            label={t('fx.rate')}
            description={
              base && quote ? t('fx.rateHint', { base, quote }) : t('fx.rateHintGeneric')
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            placeholder={language === 'tr' ? '38,25' : '38.25'}
            value={rate}
            onChange={(e) => {
              setRate(e.currentTarget.value);
              setProblems((p) => ({ ...p, rate: undefined }));
            }}
            inputMode="decimal"
            required
            error={problems.rate}
          />
          <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
            <DateInput
              label={t('fx.validOn')}
              value={validOn}
              onChange={(value) => {
                setValidOn(value ? value.slice(0, 10) : null);
                setProblems((p) => ({ ...p, validOn: undefined }));
              }}
              valueFormat="D MMM YYYY"
              leftSection={<IconCalendar size={16} aria-hidden />}
              required
              error={problems.validOn}
            />
          </DatesProvider>
          {base && quote && base !== quote && isValidRate(typed) && (
            <Text fz="sm" fw={600} aria-live="polite">
              {rateLine(base, quote, typed, language)}
            </Text>
          )}
          {problems.form && (
            <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
              {problems.form}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={loading}>
              {t('fx.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function RateList() {
  const { t } = useTranslation('payments');
  const language = useCurrentLanguage();
  const titleId = useId();
  const [currency, setCurrency] = useState<string | null>(null);
  const fx = useFxRates(currency);
  const all = useFxRates();
  const inUse = [...new Set(all.rates.flatMap((r) => [r.base, r.quote]))].sort();

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Title order={2} fz="h4" id={titleId}>
            {t('fx.listTitle')}
          </Title>
          <Group gap="xs" align="flex-end">
            <Select
              label={t('fx.filter')}
              data={[
                { value: ALL, label: t('fx.allCurrencies') },
                ...inUse.map((c) => ({ value: c, label: c })),
              ]}
              value={currency ?? ALL}
              onChange={(value) => setCurrency(value && value !== ALL ? value : null)}
              allowDeselect={false}
              w={170}
            />
            <RefreshButton label={t('list.refresh')} onClick={fx.retry} loading={fx.refreshing} />
          </Group>
        </Group>
        {fx.error !== undefined ? (
          <ErrorState title={t('fx.loadFailed')} error={fx.error} onRetry={fx.retry} />
        ) : !fx.loading && fx.rates.length === 0 ? (
          <EmptyState
            py={40}
            withIndicatorBackground
            icon={<IconArrowsExchange size={26} />}
            title={t('fx.empty.title')}
            description={t('fx.empty.body')}
          />
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing={8} aria-labelledby={titleId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={150}>{t('fx.validOn')}</Table.Th>
                  <Table.Th w={120}>{t('fx.pair')}</Table.Th>
                  <Table.Th>{t('fx.rate')}</Table.Th>
                  <Table.Th>{t('fx.inverse')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fx.rates.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{formatDate(r.validOn, language, 'UTC')}</Table.Td>
                    <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {r.base}/{r.quote}
                    </Table.Td>
                    <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {rateLine(r.base, r.quote, r.rate, language)}
                    </Table.Td>
                    <Table.Td c="dimmed" fz="sm">
                      {inverseLine(r.base, r.quote, r.rate, language)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
