import type { MantineColor } from '@mantine/core';
import type { ApiKeyFieldsFragment, ApiKeyScope } from '../../gql/graphql';

/** In the order the form offers them: reading first, then each kind of write. */
export const API_KEY_SCOPES = [
  'READ',
  'CUSTOMERS_WRITE',
  'BOOKINGS_WRITE',
] as const satisfies readonly ApiKeyScope[];

export type ApiKeyStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

export const STATUS_COLORS = {
  ACTIVE: 'teal',
  EXPIRED: 'gray',
  REVOKED: 'red',
} as const satisfies Record<ApiKeyStatus, MantineColor>;

/** Whether the key still works: revoked beats expired, which the API decides by the clock. */
export function apiKeyStatus(
  key: Pick<ApiKeyFieldsFragment, 'revokedAt' | 'expiresAt'>,
  now: Date,
): ApiKeyStatus {
  if (key.revokedAt) return 'REVOKED';
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}

/** Scopes in the form's order, whatever order the API listed them in. */
export function sortScopes(scopes: readonly ApiKeyScope[]): ApiKeyScope[] {
  return API_KEY_SCOPES.filter((scope) => scopes.includes(scope));
}

/**
 * The instant a key picked to be "valid until 2026-08-12" stops working: the end of that day
 * in the admin's own time zone (the start of the next), so the day chosen is a whole day.
 */
export function endOfDay(day: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const next = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1);
  return Number.isNaN(next.getTime()) ? undefined : next.toISOString();
}

/** A local date as `YYYY-MM-DD`, `days` after `from`. */
export function dayAfter(from: Date, days: number): string {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
