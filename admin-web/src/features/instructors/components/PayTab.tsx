import {
  Alert,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle, IconLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstructorFieldsFragment } from '../../../gql/graphql';
import { refusedFields } from '../fieldErrors';
import { useUpdateInstructor } from '../hooks/useInstructorMutations';
import {
  currencyDigits,
  payDraftOf,
  payInput,
  type PayDraft,
  type PayProblem,
  type PayType,
} from '../pay';
import { Section } from './Section';

/** Currencies offered besides those of the instructor's locations. */
const COMMON_CURRENCIES = ['EUR', 'TRY', 'USD', 'GBP'];

/**
 * How the instructor is paid: an hourly rate in a currency, or a commission as a percent of
 * the price (stored as basis points). Only management sees and changes it.
 */
export function PayTab({ instructor }: { instructor: InstructorFieldsFragment }) {
  const { t } = useTranslation('instructors');
  const errorText = useErrorText();
  const { updateInstructor, loading, error, reset } = useUpdateInstructor();
  const fallbackCurrency = instructor.locations[0]?.currency ?? 'EUR';
  const [draft, setDraft] = useState<PayDraft>(() =>
    payDraftOf(instructor.payRate ?? null, fallbackCurrency),
  );
  const [problems, setProblems] = useState<Partial<Record<'amount' | 'currency', PayProblem>>>({});
  const set = <K extends keyof PayDraft>(key: K, value: PayDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const currencies = [
    ...new Set([
      ...instructor.locations.map((l) => l.currency),
      ...COMMON_CURRENCIES,
      draft.currency,
    ]),
  ].filter(Boolean);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = payInput(draft);
    if (!checked.ok) return setProblems(checked.problems);
    setProblems({});
    reset();
    try {
      const saved = await updateInstructor(instructor.id, checked.input);
      if (saved)
        notifications.show({ color: 'teal', message: t('pay.saved', { name: saved.name }) });
    } catch {
      // Shown from the mutation's error state.
    }
  }

  const refused = refusedFields(error);
  const amountError = problems.amount
    ? t(`pay.problems.${problems.amount}`)
    : refused.includes('payAmount')
      ? t('fieldErrors.payAmount')
      : undefined;
  const currencyError = problems.currency
    ? t(`pay.problems.${problems.currency}`)
    : refused.includes('payCurrency')
      ? t('fieldErrors.payCurrency')
      : undefined;
  const hourly = draft.type === 'HOURLY';

  return (
    <Section
      title={t('pay.title')}
      description={
        <Group gap={6} component="span" wrap="nowrap">
          <IconLock size={14} aria-hidden />
          {t('pay.private')}
        </Group>
      }
    >
      <form onSubmit={submit} noValidate aria-label={t('pay.title')}>
        <Stack gap="md" maw={520}>
          <div>
            <Text fz="sm" fw={500} mb={4} id="pay-type-label">
              {t('pay.type')}
            </Text>
            <SegmentedControl
              aria-labelledby="pay-type-label"
              data={[
                { value: 'HOURLY', label: t('pay.hourly') },
                { value: 'COMMISSION', label: t('pay.commission') },
              ]}
              value={draft.type}
              onChange={(value) => {
                setProblems({});
                setDraft((current) => ({ ...current, type: value as PayType, amount: '' }));
              }}
            />
          </div>
          <Group align="flex-start" gap="md">
            <NumberInput
              label={hourly ? t('pay.hourlyAmount') : t('pay.commissionPercent')}
              description={hourly ? t('pay.hourlyHelp') : t('pay.commissionHelp')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              value={draft.amount}
              onChange={(value) => set('amount', typeof value === 'number' ? value : '')}
              decimalScale={hourly ? currencyDigits(draft.currency || 'EUR') : 2}
              allowNegative={false}
              // Out of range is refused on the field, never silently corrected.
              clampBehavior="none"
              min={0}
              max={hourly ? undefined : 100}
              rightSection={
                hourly ? undefined : (
                  <Text fz="sm" c="dimmed">
                    %
                  </Text>
                )
              }
              error={amountError}
              w={220}
            />
            {hourly && (
              <Select
                label={t('pay.currency')}
                data={currencies}
                value={draft.currency || null}
                onChange={(value) => set('currency', value ?? '')}
                error={currencyError}
                allowDeselect={false}
                searchable
                w={140}
              />
            )}
          </Group>
          {!hourly && typeof draft.amount === 'number' && (
            <Text fz="sm" c="dimmed">
              {t('pay.basisPoints', { value: Math.round(draft.amount * 100) })}
            </Text>
          )}
          {error && refused.length === 0 && (
            <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
              {errorText(error)}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={loading}>
              {t('pay.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
