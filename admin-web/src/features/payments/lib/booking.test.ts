import { describe, expect, it } from 'vitest';
import { balanceState, methodsOf, payersOf, refundableMinor } from './booking';

describe('booking payment helpers', () => {
  it('lists participants, then guardians who are not participants, once each', () => {
    const parent = { id: 'p', name: 'Ayşe Demir' };
    expect(
      payersOf([
        { id: 'a', name: 'Can Demir', guardian: parent },
        { id: 'b', name: 'Ece Demir', guardian: parent },
        { id: 'c', name: 'Mert Kaya', guardian: null },
      ]),
    ).toEqual([
      { id: 'a', name: 'Can Demir', guardianOf: null },
      { id: 'b', name: 'Ece Demir', guardianOf: null },
      { id: 'c', name: 'Mert Kaya', guardianOf: null },
      { id: 'p', name: 'Ayşe Demir', guardianOf: 'Can Demir' },
    ]);
    expect(
      payersOf([
        { id: 'p', name: 'Ayşe Demir', guardian: null },
        { id: 'a', name: 'Can Demir', guardian: { id: 'p', name: 'Ayşe Demir' } },
      ]).map((p) => p.id),
    ).toEqual(['p', 'a']);
  });

  it('tells owed, settled and paid ahead apart', () => {
    expect(balanceState(1)).toBe('due');
    expect(balanceState(0)).toBe('paid');
    expect(balanceState(-500)).toBe('ahead');
  });

  it('keeps the location’s methods in a stable order', () => {
    expect(methodsOf(['WALLET', 'CASH', 'CARD'])).toEqual(['CASH', 'CARD', 'WALLET']);
    expect(methodsOf([])).toEqual([]);
  });

  it('refunds what is left of payments and top-ups only', () => {
    const money = (amountMinor: number) => ({ amountMinor });
    expect(refundableMinor({ kind: 'PAYMENT', amount: money(5000), refunded: money(1500) })).toBe(
      3500,
    );
    expect(refundableMinor({ kind: 'TOP_UP', amount: money(5000), refunded: money(5000) })).toBe(0);
    expect(refundableMinor({ kind: 'REFUND', amount: money(5000), refunded: money(0) })).toBe(0);
    expect(refundableMinor({ kind: 'PACKAGE_SALE', amount: money(5000), refunded: money(0) })).toBe(
      0,
    );
  });
});
