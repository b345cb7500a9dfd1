import { Alert, Button, Group, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatMoney } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiscrepancyAction } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/lib/dates';
import { AppModal } from '../../../shared/ui/AppModal';
import { useBookingChoices, useReconciliationActions } from '../hooks/useReconciliation';
import {
  actionsFor,
  NOTE_MAX,
  noteRequired,
  refusalOf,
  type Discrepancy,
} from '../lib/discrepancy';
import { DiscrepancyDescription } from './DiscrepancyDescription';

/**
 * Resolves an open discrepancy. A payment sitting on account is linked to a booking of its
 * customer (chosen from theirs, those still owed first) or moved to their wallet; anything is
 * marked resolved with a note saying what was done. Each kind says what to do first (a
 * duplicate payment is refunded from the payment itself, then marked resolved).
 */
export function ResolveModal({
  discrepancy,
  onClose,
}: {
  discrepancy: Discrepancy | null;
  onClose: () => void;
}) {
  return (
    <AppModal
      opened={discrepancy !== null}
      onClose={onClose}
      size="lg"
      title={<Title d={discrepancy} />}
    >
      {discrepancy && (
        <ResolveForm key={discrepancy.id} discrepancy={discrepancy} onClose={onClose} />
      )}
    </AppModal>
  );
}

function Title({ d }: { d: Discrepancy | null }) {
  const { t } = useTranslation('reconciliation');
  return d ? t('resolve.title', { kind: t(`kinds.${d.kind}`) }) : null;
}

function ResolveForm({
  discrepancy: d,
  onClose,
}: {
  discrepancy: Discrepancy;
  onClose: () => void;
}) {
  const { t } = useTranslation('reconciliation');
  const { t: tc } = useTranslation();
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const actions = useReconciliationActions();
  const choices = actionsFor(d.kind);
  const [action, setAction] = useState<DiscrepancyAction>(choices[0]!);
  const [bookingId, setBookingId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ bookingId?: string; note?: string; form?: string }>({});
  const bookings = useBookingChoices(d.id, action !== 'LINK_TO_BOOKING');
  const zone = d.location?.timezone;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = note.trim();
    const problems: typeof errors = {};
    if (action === 'LINK_TO_BOOKING' && !bookingId)
      problems.bookingId = t('resolve.bookingRefused');
    if (noteRequired(action) && !text) problems.note = t('resolve.noteRequired');
    setErrors(problems);
    if (Object.keys(problems).length) return;
    try {
      await actions.resolve({
        variables: {
          id: d.id,
          input: {
            action,
            bookingId: action === 'LINK_TO_BOOKING' ? bookingId : null,
            note: text || null,
          },
        },
      });
      notifications.show({ color: 'teal', message: t('resolve.done') });
      onClose();
    } catch (err) {
      const refusal = refusalOf(err);
      if (refusal.kind === 'fields')
        setErrors({
          bookingId: refusal.fields.bookingId && t('resolve.bookingRefused'),
          note:
            refusal.fields.note &&
            (text ? t('resolve.noteTooLong', { max: NOTE_MAX }) : t('resolve.noteRequired')),
          form: refusal.fields.action && errorText(err),
        });
      else if (refusal.kind === 'other') setErrors({ form: errorText(err) });
      else setErrors({ form: t(`resolve.${refusal.kind}`) });
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <DiscrepancyDescription discrepancy={d} />
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t(`resolve.hints.${d.kind}`)}
        </Alert>
        {choices.length > 1 && (
          <Radio.Group
            label={t('resolve.action')}
            value={action}
            onChange={(value) => {
              setAction(value as DiscrepancyAction);
              setErrors({});
            }}
          >
            <Stack gap="xs" mt="xs">
              {choices.map((choice) => (
                <Radio
                  key={choice}
                  value={choice}
                  label={t(`resolve.actions.${choice}`)}
                  description={t(`resolve.actionHints.${choice}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {action === 'LINK_TO_BOOKING' && (
          <>
            {bookings.error !== undefined ? (
              <Alert color="red" variant="light" role="alert">
                {t('resolve.bookingsFailed')}
              </Alert>
            ) : !bookings.loading && bookings.choices.length === 0 ? (
              <Text fz="sm" c="dimmed">
                {t('resolve.noBookings', { currency: d.amount.currency })}
              </Text>
            ) : (
              <Select
                label={t('resolve.booking')}
                placeholder={t('resolve.bookingPlaceholder')}
                required
                disabled={bookings.loading}
                data={bookings.choices.map((b) => ({
                  value: b.bookingId,
                  label:
                    b.due.amountMinor > 0
                      ? t('resolve.bookingOwes', {
                          service: b.serviceName,
                          date: formatDateTime(b.startsAt, language, zone),
                          due: formatMoney(b.due, language),
                        })
                      : b.due.amountMinor < 0
                        ? t('resolve.bookingAhead', {
                            service: b.serviceName,
                            date: formatDateTime(b.startsAt, language, zone),
                            ahead: formatMoney(
                              { amountMinor: -b.due.amountMinor, currency: b.due.currency },
                              language,
                            ),
                          })
                        : t('resolve.bookingSettled', {
                            service: b.serviceName,
                            date: formatDateTime(b.startsAt, language, zone),
                          }),
                }))}
                value={bookingId}
                onChange={(value) => {
                  setBookingId(value);
                  setErrors((current) => ({ ...current, bookingId: undefined }));
                }}
                error={errors.bookingId}
                searchable={bookings.choices.length > 8}
              />
            )}
          </>
        )}
        <Textarea
          label={noteRequired(action) ? t('resolve.note') : t('resolve.noteOptional')}
          placeholder={t('resolve.notePlaceholder')}
          required={noteRequired(action)}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
          autosize
          minRows={3}
          maxLength={NOTE_MAX}
        />
        {errors.form && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {errors.form}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={actions.resolving}>
            {tc('actions.close')}
          </Button>
          <Button type="submit" color="teal" loading={actions.resolving}>
            {t('resolve.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
