import type { Discipline, InstructorFilter } from '../../gql/graphql';
import { DISCIPLINES } from './labels';

/**
 * The instructor list's filters as the URL keeps them
 * (`?q=deniz&discipline=KITE&location=<id>&language=de&status=all`), so a view survives a
 * reload and can be shared.
 */
export interface InstructorFilters {
  /** Part of the name. */
  search?: string;
  discipline?: Discipline;
  /** A location id. */
  location?: string;
  /** ISO 639-1 code. */
  language?: string;
  /** `all` lists inactive profiles too; active ones only otherwise. */
  status?: 'all';
}

export const MAX_SEARCH_LENGTH = 100;

const isDiscipline = (value: string): value is Discipline =>
  (DISCIPLINES as readonly string[]).includes(value);

export function filtersFromSearchParams(params: URLSearchParams): InstructorFilters {
  const filters: InstructorFilters = {};
  const search = params.get('q')?.trim().slice(0, MAX_SEARCH_LENGTH);
  if (search) filters.search = search;
  const discipline = params.get('discipline')?.toUpperCase();
  if (discipline && isDiscipline(discipline)) filters.discipline = discipline;
  const location = params.get('location')?.trim();
  if (location && /^[0-9a-f-]{36}$/i.test(location)) filters.location = location.toLowerCase();
  const language = params.get('language')?.trim().toLowerCase();
  if (language && /^[a-z]{2}$/.test(language)) filters.language = language;
  if (params.get('status') === 'all') filters.status = 'all';
  return filters;
}

/** `current` with the filter parameters replaced; other parameters are kept. */
export function withFilters(current: URLSearchParams, filters: InstructorFilters): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (key: string, value: string | undefined) =>
    value ? next.set(key, value) : next.delete(key);
  set('q', filters.search?.trim());
  set('discipline', filters.discipline);
  set('location', filters.location);
  set('language', filters.language);
  set('status', filters.status);
  return next;
}

export function hasFilters(filters: InstructorFilters): boolean {
  return Boolean(
    filters.search || filters.discipline || filters.location || filters.language || filters.status,
  );
}

/** The API's arguments; a filter that is null when nothing is filtered. */
export function toApiArguments(filters: InstructorFilters): {
  filter: InstructorFilter | null;
  locationId: string | null;
  includeInactive: boolean;
} {
  const filter: InstructorFilter = {
    ...(filters.search && { search: filters.search }),
    ...(filters.discipline && { discipline: filters.discipline }),
    ...(filters.language && { language: filters.language }),
  };
  return {
    filter: Object.keys(filter).length > 0 ? filter : null,
    locationId: filters.location ?? null,
    includeInactive: filters.status === 'all',
  };
}
