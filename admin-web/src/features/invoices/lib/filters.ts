import type { InvoiceFilter, InvoiceKind } from '../../../gql/graphql';

export const KIND_CHOICES = ['ALL', 'RECEIPT', 'INVOICE'] as const;
export type KindChoice = (typeof KIND_CHOICES)[number];

/** What the list of invoices and receipts is narrowed to, as the page holds it. */
export interface InvoiceListFilters {
  locationId: string | null;
  kind: KindChoice;
  /** First day issued, `YYYY-MM-DD`, on this computer's calendar. */
  from: string | null;
  /** Last day issued (included), `YYYY-MM-DD`. */
  to: string | null;
  search: string;
}

export const EMPTY_FILTERS: InvoiceListFilters = {
  locationId: null,
  kind: 'ALL',
  from: null,
  to: null,
  search: '',
};

/** Midnight starting `day` on this computer's clock, as an instant. */
function startOfDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

/** The day after `day` (`YYYY-MM-DD`), across month and year ends. */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}

/**
 * The API's filter: the days as a half-open range of instants (the last day included whole),
 * the search trimmed, "all" as no filter.
 */
export function toInvoiceFilter(filters: InvoiceListFilters): InvoiceFilter {
  const search = filters.search.trim();
  return {
    locationId: filters.locationId,
    kind: filters.kind === 'ALL' ? null : (filters.kind as InvoiceKind),
    from: filters.from ? startOfDay(filters.from) : null,
    to: filters.to ? startOfDay(nextDay(filters.to)) : null,
    search: search || null,
  };
}

export const hasFilters = (filters: InvoiceListFilters) =>
  filters.locationId !== null ||
  filters.kind !== 'ALL' ||
  filters.from !== null ||
  filters.to !== null ||
  filters.search.trim() !== '';
