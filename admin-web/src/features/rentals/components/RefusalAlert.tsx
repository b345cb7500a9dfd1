import { Alert, List, Text } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/lib/dates';
import { rentalRefusal } from '../lib/refusal';

const KNOWN_REASONS = [
  'ITEM_ALREADY_OUT',
  'ITEM_OUT_OF_SERVICE',
  'ITEM_RETIRED',
  'RENTAL_TERMS_MISSING',
  'RENTAL_TERMS_OUTDATED',
] as const;
type KnownReason = (typeof KNOWN_REASONS)[number];
const isKnownReason = (reason: string | null): reason is KnownReason =>
  (KNOWN_REASONS as readonly string[]).includes(reason ?? '');

/** The fields a refusal may name, as the screens word them (`items.3.signature` → `items.…`). */
const FIELD_KEYS = [
  'customerId',
  'locationId',
  'bookingId',
  'items',
  'items.equipmentId',
  'items.conditionOut',
  'items.conditionIn',
  'items.damageNotes',
  'items.damageCharge',
  'dueAt',
  'signerName',
  'signature',
  'deposit.amountMinor',
  'deposit.currency',
  'deposit.method',
  'termsDocumentId',
  'notes',
  'depositRetained',
  'depositReturned',
] as const;
type FieldKey = (typeof FIELD_KEYS)[number];
const fieldKeyOf = (field: string): FieldKey | null => {
  const key = field.replace(/\.\d+\./, '.');
  return (FIELD_KEYS as readonly string[]).includes(key) ? (key as FieldKey) : null;
};

/**
 * A refused check-out or check-in in words, in the UI language: the item already out (and on
 * which rental), out of service or retired, a booking holding it (with when), missing rental
 * terms, or the fields to check. Never the API's English message.
 */
export function RefusalAlert({ error, zone }: { error: unknown; zone: string }) {
  const { t } = useTranslation('rentals');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const refusal = rentalRefusal(error);
  const fields = Object.keys(refusal.fields);
  let body: React.ReactNode;
  if (isKnownReason(refusal.reason)) {
    body = t(`refusal.${refusal.reason}`, {
      item: refusal.equipmentName ?? '',
      number: String(refusal.rentalNumber ?? ''),
    });
  } else if (refusal.code === 'BOOKING_CONFLICT') {
    body = (
      <>
        <Text fz="sm">{t('refusal.BOOKING_CONFLICT')}</Text>
        <List size="sm" mt={4}>
          {refusal.conflicts.map((c) => (
            <List.Item key={`${c.resourceName}-${c.startsAt}`}>
              {t('refusal.clash', {
                item: c.resourceName,
                from: formatDateTime(c.startsAt, language, zone),
                to: formatDateTime(c.endsAt, language, zone),
              })}
            </List.Item>
          ))}
        </List>
      </>
    );
  } else if (refusal.code === 'BAD_USER_INPUT' && fields.length) {
    body = t('refusal.fields', {
      fields: fields
        .map((f) => {
          const key = fieldKeyOf(f);
          return key ? t(`fields.${key}`) : f;
        })
        .join(', '),
    });
  } else {
    body = errorText(error);
  }
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('refusal.title')}
    >
      {body}
    </Alert>
  );
}
