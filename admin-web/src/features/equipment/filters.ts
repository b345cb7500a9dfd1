import type { EquipmentStatus } from '../../gql/graphql';

/**
 * The inventory page's location and filters as the URL keeps them
 * (`?location=…&category=KITE&size=9m&status=IN_USE&q=evo`), so a view survives a reload and
 * can be shared.
 */
export interface EquipmentFilters {
  /** The location shown; the first one by name when none is chosen. */
  location?: string;
  /** An upper-case category key (KITE, WETSUIT). */
  category?: string;
  /** A size label as stored (9m, 138cm, M). */
  size?: string;
  /** The status shown now. */
  status?: EquipmentStatus;
  /** Part of the name, brand, model or serial number. */
  search?: string;
}

export const EQUIPMENT_STATUSES = [
  'AVAILABLE',
  'IN_USE',
  'MAINTENANCE',
  'RETIRED',
] as const satisfies readonly EquipmentStatus[];

/** The API reads the first 100 characters of a search; a hand-edited URL is cut to that. */
export const MAX_SEARCH_LENGTH = 100;
const MAX_KEY_LENGTH = 40;

const isStatus = (value: string): value is EquipmentStatus =>
  (EQUIPMENT_STATUSES as readonly string[]).includes(value);

export function filtersFromSearchParams(params: URLSearchParams): EquipmentFilters {
  const filters: EquipmentFilters = {};
  const location = params.get('location')?.trim();
  if (location) filters.location = location;
  const category = params
    .get('category')
    ?.trim()
    .toUpperCase()
    .replace(/[^A-Z0-9_]/g, '')
    .slice(0, MAX_KEY_LENGTH);
  if (category) filters.category = category;
  const size = params.get('size')?.trim().slice(0, MAX_KEY_LENGTH);
  if (size) filters.size = size;
  const status = params.get('status')?.toUpperCase();
  if (status && isStatus(status)) filters.status = status;
  const search = params.get('q')?.trim().slice(0, MAX_SEARCH_LENGTH);
  if (search) filters.search = search;
  return filters;
}

/** `current` with the filter parameters replaced; other parameters are kept. */
export function withFilters(current: URLSearchParams, filters: EquipmentFilters): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (key: string, value: string | undefined) =>
    value ? next.set(key, value) : next.delete(key);
  set('location', filters.location);
  set('category', filters.category);
  set('size', filters.size);
  set('status', filters.status);
  set('q', filters.search?.trim());
  return next;
}

/** Whether anything narrows the list (the location is a choice of page, not a filter). */
export function hasFilters(filters: EquipmentFilters): boolean {
  return Boolean(filters.category || filters.size || filters.status || filters.search);
}

/** The arguments of the `equipment` query for a location. */
export function toApiArguments(filters: EquipmentFilters, locationId: string) {
  return {
    locationId,
    category: filters.category ?? null,
    size: filters.size ?? null,
    status: filters.status ? [filters.status] : null,
    search: filters.search || null,
  };
}
