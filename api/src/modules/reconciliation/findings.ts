import type { DiscrepancyKind } from './schema.js';

/** What the checks (checks.ts) find, and what makes two findings the same one. */

/** A customer named by a finding, with the money of theirs it is about. */
export interface FindingCustomer {
  id: string;
  name: string;
  amountMinor: number;
}

/** One payment named by a finding. */
export interface FindingPayment {
  id: string;
  createdAt: string;
  amountMinor: number;
  method: string;
  idempotencyKey: string;
}

/**
 * What a finding records. `amountMinor` and `currency` are the money involved (what a journal
 * is off by, how far a wallet drifted, what sits on account, what is owed, what was taken
 * twice), always positive, for the report's totals; the rest depends on the kind.
 */
export interface FindingDetails {
  amountMinor: number;
  currency: string;
  journalId?: string;
  journalKind?: string;
  occurredAt?: string;
  offByMinor?: number;
  customerId?: string;
  customerName?: string;
  expectedMinor?: number;
  recordedMinor?: number | null;
  linesWithoutBalance?: number;
  lastLineId?: number;
  paymentId?: string;
  paymentAmountMinor?: number;
  onAccountMinor?: number;
  method?: string;
  paidAt?: string;
  bookingId?: string | null;
  serviceName?: string;
  bookingStartsAt?: string;
  completedAt?: string;
  customers?: FindingCustomer[];
  payments?: FindingPayment[];
}

export interface Finding {
  kind: DiscrepancyKind;
  /** What the finding is about: while a discrepancy with it is OPEN, runs update that one. */
  fingerprint: string;
  locationId: string | null;
  details: FindingDetails;
}

/**
 * The figures that make a finding what it is, beside its fingerprint: a discrepancy staff
 * closed is not opened again while a run finds the same thing in the same state (a wallet
 * drifted by the same amount, the same sum still owed), but is when the state changed.
 */
export function stateOf(kind: DiscrepancyKind, details: FindingDetails): string {
  switch (kind) {
    case 'UNBALANCED_JOURNAL':
      return String(details.offByMinor);
    case 'WALLET_DRIFT':
      return `${details.expectedMinor}|${details.recordedMinor}|${details.linesWithoutBalance}`;
    case 'UNLINKED_PAYMENT':
      return String(details.onAccountMinor);
    case 'UNPAID_COMPLETED_BOOKING':
      return (details.customers ?? []).map((c) => `${c.id}:${c.amountMinor}`).join('|');
    case 'DUPLICATE_PAYMENT':
      return (details.payments ?? []).map((p) => p.id).join('|');
  }
}
