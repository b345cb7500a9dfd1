import type { CustomerFilter, Discipline } from '../../gql/graphql';
import { DISCIPLINES } from './skills';

/**
 * The customer list's search and filters as the URL keeps them
 * (`?q=ayse&tag=vip&discipline=KITE&account=no`), so a view survives a reload and can be
 * shared.
 */
export interface CustomerFilters {
  /** Typo-tolerant: a name, or part of an email or phone number. */
  search?: string;
  /** Records carrying this tag. */
  tag?: string;
  /** Records with a skill in this discipline. */
  discipline?: Discipline;
  /** With or without a portal account. */
  account?: AccountFilter;
}

export const ACCOUNT_FILTERS = ['yes', 'no'] as const;
export type AccountFilter = (typeof ACCOUNT_FILTERS)[number];

/** The API reads the first 100 characters of a search; a hand-edited URL is cut to that. */
export const MAX_SEARCH_LENGTH = 100;
/** The API's limit for one tag. */
export const MAX_TAG_LENGTH = 40;

const isDiscipline = (value: string): value is Discipline =>
  (DISCIPLINES as readonly string[]).includes(value);
const isAccount = (value: string): value is AccountFilter =>
  (ACCOUNT_FILTERS as readonly string[]).includes(value);

export function filtersFromSearchParams(params: URLSearchParams): CustomerFilters {
  const filters: CustomerFilters = {};
  const search = params.get('q')?.trim().slice(0, MAX_SEARCH_LENGTH);
  if (search) filters.search = search;
  // Tags are kept lower case by the API, so `VIP` and `vip` are one filter.
  const tag = params.get('tag')?.trim().toLowerCase().slice(0, MAX_TAG_LENGTH);
  if (tag) filters.tag = tag;
  const discipline = params.get('discipline')?.toUpperCase();
  if (discipline && isDiscipline(discipline)) filters.discipline = discipline;
  const account = params.get('account')?.toLowerCase();
  if (account && isAccount(account)) filters.account = account;
  return filters;
}

/** `current` with the filter parameters replaced; other parameters are kept. */
export function withFilters(current: URLSearchParams, filters: CustomerFilters): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (key: string, value: string | undefined) =>
    value ? next.set(key, value) : next.delete(key);
  set('q', filters.search?.trim());
  set('tag', filters.tag?.trim().toLowerCase());
  set('discipline', filters.discipline);
  set('account', filters.account);
  return next;
}

export function hasFilters(filters: CustomerFilters): boolean {
  return Boolean(filters.search || filters.tag || filters.discipline || filters.account);
}

/**
 * The API's arguments: the search on its own, and a filter that is null when nothing is
 * filtered (one cache entry for the whole list).
 */
export function toApiArguments(filters: CustomerFilters): {
  search: string | null;
  filter: CustomerFilter | null;
} {
  const filter: CustomerFilter = {
    ...(filters.tag && { tags: [filters.tag] }),
    ...(filters.discipline && { discipline: filters.discipline }),
    ...(filters.account && { hasAccount: filters.account === 'yes' }),
  };
  return {
    search: filters.search || null,
    filter: Object.keys(filter).length > 0 ? filter : null,
  };
}
