import type { Role, UserFilter } from '../../gql/graphql';

/**
 * The user list's filters as the URL keeps them (`?q=deniz&role=INSTRUCTOR&status=inactive`),
 * so a filtered view survives a reload and can be shared.
 */
export interface UserFilters {
  /** Part of a name or email. */
  search?: string;
  role?: Role;
  status?: UserStatusFilter;
}

export const USER_STATUS_FILTERS = ['active', 'inactive'] as const;
export type UserStatusFilter = (typeof USER_STATUS_FILTERS)[number];

export const ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'INSTRUCTOR', 'STUDENT', 'CUSTOMER'];

/** The API refuses longer searches; a hand-edited URL is cut rather than refused. */
export const MAX_SEARCH_LENGTH = 100;

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
const isStatus = (value: string): value is UserStatusFilter =>
  (USER_STATUS_FILTERS as readonly string[]).includes(value);

export function filtersFromSearchParams(params: URLSearchParams): UserFilters {
  const filters: UserFilters = {};
  const search = params.get('q')?.trim().slice(0, MAX_SEARCH_LENGTH);
  if (search) filters.search = search;
  const role = params.get('role')?.toUpperCase();
  if (role && isRole(role)) filters.role = role;
  const status = params.get('status')?.toLowerCase();
  if (status && isStatus(status)) filters.status = status;
  return filters;
}

/** `current` with the filter parameters replaced; other parameters are kept. */
export function withFilters(current: URLSearchParams, filters: UserFilters): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (key: string, value: string | undefined) =>
    value ? next.set(key, value) : next.delete(key);
  set('q', filters.search?.trim());
  set('role', filters.role);
  set('status', filters.status);
  return next;
}

export function hasFilters(filters: UserFilters): boolean {
  return Boolean(filters.search || filters.role || filters.status);
}

/** The API's filter; null when nothing is filtered (one cache entry for the whole list). */
export function toApiFilter(filters: UserFilters): UserFilter | null {
  const api: UserFilter = {
    ...(filters.search && { search: filters.search }),
    ...(filters.role && { role: filters.role }),
    ...(filters.status && { active: filters.status === 'active' }),
  };
  return Object.keys(api).length > 0 ? api : null;
}
