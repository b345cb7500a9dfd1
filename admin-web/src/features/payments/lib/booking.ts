import type { PaymentKind, PaymentMethod } from '../../../gql/graphql';

interface Person {
  id: string;
  name: string;
  guardian?: { id: string; name: string } | null;
}

/** Who may pay for a booking: each participant, and the guardian who pays for a dependent. */
export interface Payer {
  id: string;
  name: string;
  /** Set for a guardian: the participant they pay for. */
  guardianOf: string | null;
}

/**
 * The people a booking's payment can come from, participants first (in booking order), then
 * their guardians who are not participants themselves, each once.
 */
export function payersOf(customers: readonly Person[]): Payer[] {
  const payers: Payer[] = customers.map((c) => ({ id: c.id, name: c.name, guardianOf: null }));
  const seen = new Set(payers.map((p) => p.id));
  for (const c of customers) {
    if (c.guardian && !seen.has(c.guardian.id)) {
      seen.add(c.guardian.id);
      payers.push({ id: c.guardian.id, name: c.guardian.name, guardianOf: c.name });
    }
  }
  return payers;
}

/** Where a booking's money stands: owed, settled, or more paid than it costs. */
export type BalanceState = 'due' | 'paid' | 'ahead';

export function balanceState(dueMinor: number): BalanceState {
  return dueMinor > 0 ? 'due' : dueMinor < 0 ? 'ahead' : 'paid';
}

/** The methods a location takes, in a stable order, as the API names them. */
export const PAYMENT_METHODS = [
  'CASH',
  'CARD',
  'BANK_TRANSFER',
  'WALLET',
] as const satisfies readonly PaymentMethod[];

export function methodsOf(accepted: readonly string[]): PaymentMethod[] {
  return PAYMENT_METHODS.filter((m) => accepted.includes(m));
}

/** How much of a payment can still be given back; refunds and sales are not refunded here. */
export function refundableMinor(payment: {
  kind: PaymentKind;
  amount: { amountMinor: number };
  refunded: { amountMinor: number };
}): number {
  if (payment.kind !== 'PAYMENT' && payment.kind !== 'TOP_UP') return 0;
  return Math.max(0, payment.amount.amountMinor - payment.refunded.amountMinor);
}
