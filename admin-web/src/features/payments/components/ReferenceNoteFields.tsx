import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../gql/graphql';

/** Longest reference and note the API keeps. */
export const REFERENCE_MAX = 120;
export const NOTE_MAX = 500;

/**
 * The reference (a card slip or transfer reference, asked for card and bank transfer only)
 * and the note of money taken: "take payment" and "top up" share them.
 */
export function ReferenceNoteFields({
  method,
  reference,
  onReference,
  note,
  onNote,
  errors,
}: {
  method: PaymentMethod | null;
  reference: string;
  onReference: (value: string) => void;
  note: string;
  onNote: (value: string) => void;
  errors: { reference?: string; note?: string };
}) {
  const { t } = useTranslation('payments');
  return (
    <>
      {(method === 'CARD' || method === 'BANK_TRANSFER') && (
        <TextInput
          label={t('take.reference')}
          placeholder={t(method === 'CARD' ? 'take.referenceCard' : 'take.referenceTransfer')}
          value={reference}
          onChange={(e) => onReference(e.currentTarget.value)}
          maxLength={REFERENCE_MAX}
          error={errors.reference}
        />
      )}
      <Textarea
        label={t('take.note')}
        value={note}
        onChange={(e) => onNote(e.currentTarget.value)}
        maxLength={NOTE_MAX}
        autosize
        minRows={2}
        error={errors.note}
      />
    </>
  );
}
