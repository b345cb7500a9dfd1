import type { PaymentFilter, PaymentKind, PaymentMethod } from '../../../gql/graphql';

/** What the payments list is narrowed to, as the page holds it. */
export interface PaymentListFilters {
  locationId: string | null;
  method: PaymentMethod | null;
  kind: PaymentKind | null;
  /** First day taken, `YYYY-MM-DD`, on this computer's calendar. */
  from: string | null;
  /** Last day taken (included), `YYYY-MM-DD`. */
  to: string | null;
}

export const EMPTY_FILTERS: PaymentListFilters = {
  locationId: null,
  method: null,
  kind: null,
  from: null,
  to: null,
};

export const PAYMENT_KINDS = [
  'PAYMENT',
  'TOP_UP',
  'REFUND',
  'PACKAGE_SALE',
  'VOUCHER_SALE',
] as const satisfies readonly PaymentKind[];

/** Midnight starting `day` on this computer's clock, as an instant. */
function startOfDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

/** The day after `day` (`YYYY-MM-DD`), across month and year ends. */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The API's filter: the days as a half-open range of instants, the last day included whole. */
export function toPaymentFilter(filters: PaymentListFilters): PaymentFilter {
  return {
    locationId: filters.locationId,
    method: filters.method,
    kind: filters.kind,
    from: filters.from ? startOfDay(filters.from) : null,
    to: filters.to ? startOfDay(nextDay(filters.to)) : null,
  };
}

export const hasFilters = (filters: PaymentListFilters) =>
  Object.values(filters).some((value) => value !== null);
