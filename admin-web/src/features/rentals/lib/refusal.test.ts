import { describe, expect, it } from 'vitest';
import { stepOfField } from './refusal';

describe('stepOfField', () => {
  it('sends each refused field back to the step that asks for it', () => {
    expect(
      [
        'customerId',
        'bookingId',
        'items',
        'items.3.equipmentId',
        'items.0.conditionOut',
        'dueAt',
        'deposit.amountMinor',
        'deposit.currency',
        'signature',
        'signerName',
        'termsDocumentId',
      ].map(stepOfField),
    ).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 4]);
  });
});
