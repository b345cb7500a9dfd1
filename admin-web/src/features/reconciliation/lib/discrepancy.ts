import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { getErrorCode, getFieldErrors } from '@plannivo/web-kit/errors';
import type {
  DiscrepancyAction,
  DiscrepancyKind,
  DiscrepancyStatus,
  ReconciliationDiscrepancyFieldsFragment,
} from '../../../gql/graphql';

export type Discrepancy = ReconciliationDiscrepancyFieldsFragment;

export const KINDS = [
  'UNBALANCED_JOURNAL',
  'WALLET_DRIFT',
  'UNLINKED_PAYMENT',
  'UNPAID_COMPLETED_BOOKING',
  'DUPLICATE_PAYMENT',
] as const satisfies readonly DiscrepancyKind[];

/** The status filter of the list; ALL shows every status. */
export const STATUS_FILTERS = ['OPEN', 'RESOLVED', 'DISMISSED', 'ALL'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const statusOf = (filter: StatusFilter): DiscrepancyStatus | null =>
  filter === 'ALL' ? null : filter;

/** The longest note the API takes. */
export const NOTE_MAX = 2000;

/**
 * What staff may do with a discrepancy of `kind`: only money sitting on account is linked to
 * a booking or moved to the wallet; anything is marked resolved with a note.
 */
export function actionsFor(kind: DiscrepancyKind): DiscrepancyAction[] {
  return kind === 'UNLINKED_PAYMENT'
    ? ['LINK_TO_BOOKING', 'MOVE_TO_WALLET', 'MARK_RESOLVED']
    : ['MARK_RESOLVED'];
}

/** Whether `action` needs a note (the API refuses a note-only resolution without one). */
export const noteRequired = (action: DiscrepancyAction) => action === 'MARK_RESOLVED';

/** The CSV download of the list on screen, headings in the UI language. */
export function csvHref(
  filters: { status: DiscrepancyStatus | null; kind: DiscrepancyKind | null },
  language: string,
): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.kind) params.set('kind', filters.kind);
  params.set('lang', language.startsWith('tr') ? 'tr' : 'en');
  return `/finance/reconciliation.csv?${params.toString()}`;
}

/** What the screens say when a resolution or dismissal is refused. */
export type Refusal =
  | { kind: 'closed' }
  | { kind: 'nothingOnAccount' }
  | { kind: 'alreadyLinked' }
  | { kind: 'fields'; fields: Partial<Record<'bookingId' | 'note' | 'action', string>> }
  | { kind: 'other' };

/** Reads why the API refused a resolution: a CONFLICT's reason, or the refused fields. */
export function refusalOf(error: unknown): Refusal {
  const code = getErrorCode(error);
  if (code === 'CONFLICT') {
    const reason = CombinedGraphQLErrors.is(error)
      ? error.errors.find((e) => e.extensions?.code)?.extensions?.reason
      : undefined;
    if (reason === 'NOTHING_ON_ACCOUNT') return { kind: 'nothingOnAccount' };
    if (reason === 'ALREADY_LINKED') return { kind: 'alreadyLinked' };
    return { kind: 'closed' };
  }
  if (code === 'BAD_USER_INPUT') {
    const all = getFieldErrors(error);
    const fields: Partial<Record<'bookingId' | 'note' | 'action', string>> = {};
    for (const name of ['bookingId', 'note', 'action'] as const)
      if (all[name]) fields[name] = all[name];
    if (Object.keys(fields).length) return { kind: 'fields', fields };
  }
  return { kind: 'other' };
}

/** Where a discrepancy can be acted on in the app: its booking, else its customer. */
export function linkOf(d: Discrepancy): { to: string; target: 'booking' | 'customer' } | null {
  if (d.details.bookingId) return { to: `/bookings/${d.details.bookingId}`, target: 'booking' };
  const customerId = d.details.customerId ?? d.details.customers[0]?.id;
  return customerId ? { to: `/customers/${customerId}`, target: 'customer' } : null;
}
