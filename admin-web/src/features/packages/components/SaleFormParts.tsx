import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { todayIn } from '@plannivo/web-kit/zoned';
import { IconAlertCircle, IconCalendar, IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../gql/graphql';
import { CodeWithCopy, MethodPicker } from './PackageParts';

/** Longest gift recipient name and message the API keeps. */
export const TEXT_MAX = { recipientName: 120, message: 500 };

/**
 * What a gift carries, shared by "sell a package" as a gift and "credit voucher": the
 * recipient's name, a message and the last day the code can be redeemed (in the location's
 * time zone; none for no end).
 */
export function GiftFields({
  recipientName,
  onRecipientName,
  message,
  onMessage,
  until,
  onUntil,
  timezone,
  errors,
}: {
  recipientName: string;
  onRecipientName: (value: string) => void;
  message: string;
  onMessage: (value: string) => void;
  until: string | null;
  onUntil: (value: string | null) => void;
  /** The location's time zone: no day before its today can be chosen. */
  timezone: string | null;
  errors: { recipientName?: string; message?: string; until?: string };
}) {
  const { t } = useTranslation('packages');
  const language = useCurrentLanguage();
  return (
    <>
      <TextInput
        label={t('sell.recipientName')}
        value={recipientName}
        onChange={(e) => onRecipientName(e.currentTarget.value)}
        maxLength={TEXT_MAX.recipientName}
        error={errors.recipientName}
      />
      <Textarea
        label={t('sell.message')}
        value={message}
        onChange={(e) => onMessage(e.currentTarget.value)}
        maxLength={TEXT_MAX.message}
        autosize
        minRows={2}
        error={errors.message}
      />
      <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
        <DatePickerInput
          label={t('sell.codeUntil')}
          description={t('sell.codeUntilHint')}
          placeholder={t('sell.noEnd')}
          value={until}
          onChange={onUntil}
          minDate={timezone ? todayIn(timezone) : undefined}
          valueFormat="D MMM YYYY"
          clearable
          leftSection={<IconCalendar size={16} aria-hidden />}
          error={errors.until}
        />
      </DatesProvider>
    </>
  );
}

/**
 * The end of a sale's form: how it is paid (the location's methods), what went wrong with the
 * form as a whole, and cancel / submit (submit stays off while the location takes no method).
 */
export function PaymentSection({
  methods,
  method,
  onMethod,
  methodError,
  formError,
  loading,
  onCancel,
  submitLabel,
}: {
  methods: readonly PaymentMethod[];
  method: PaymentMethod | null;
  onMethod: (method: PaymentMethod) => void;
  methodError?: string;
  formError?: string;
  loading: boolean;
  onCancel: () => void;
  submitLabel: ReactNode;
}) {
  const { t } = useTranslation('packages');
  return (
    <>
      <MethodPicker methods={methods} value={method} onChange={onMethod} error={methodError} />
      {formError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {formError}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} disabled={loading}>
          {t('actions.cancel')}
        </Button>
        <Button type="submit" loading={loading} disabled={!methods.length}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}

/** A sale that made a code: the code to copy (shown this once), and "Done". */
export function CodeDone({
  title,
  hint,
  code,
  onDone,
}: {
  title: string;
  hint: string;
  code: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('packages');
  return (
    <Stack gap="md">
      <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={title}>
        <Stack gap="xs">
          <Text fz="sm">{hint}</Text>
          <CodeWithCopy code={code} size="lg" />
        </Stack>
      </Alert>
      <Group justify="flex-end">
        <Button onClick={onDone}>{t('actions.done')}</Button>
      </Group>
    </Stack>
  );
}
