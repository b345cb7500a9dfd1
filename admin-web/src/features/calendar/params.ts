import type { Discipline } from '../../gql/graphql';
import { DISCIPLINES } from '../../shared/lib/disciplines';
import { CALENDAR_VIEWS, type CalendarView } from './range';
import { parseDay } from './zone';

/**
 * What the calendar shows, kept in the URL so a view can be shared and survives a reload:
 * `?location=…&date=2026-08-01&view=week&instructors=a,b&discipline=KITE&cancelled=1&hours=all`.
 */
export interface CalendarParams {
  /** A location id; unset: the first location. */
  location: string | null;
  /** `YYYY-MM-DD` at the location; unset: today there. */
  date: string | null;
  view: CalendarView;
  /** Only these instructors' columns and bookings; empty: everyone. */
  instructors: string[];
  discipline: Discipline | null;
  /** Show cancelled bookings (struck through). */
  cancelled: boolean;
  /** The whole day instead of business hours (07:00–21:00). */
  wholeDay: boolean;
}

export const DEFAULT_VIEW: CalendarView = 'day';

export function readParams(search: URLSearchParams): CalendarParams {
  const view = CALENDAR_VIEWS.find((v) => v === search.get('view')) ?? DEFAULT_VIEW;
  const discipline = DISCIPLINES.find((d) => d === search.get('discipline')) ?? null;
  const date = search.get('date');
  return {
    location: search.get('location') || null,
    date: parseDay(date) ? date : null,
    view,
    instructors: (search.get('instructors') ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
    discipline,
    cancelled: search.get('cancelled') === '1',
    wholeDay: search.get('hours') === 'all',
  };
}

/** The search params for `params`, leaving defaults out; other params are kept. */
export function writeParams(current: URLSearchParams, params: CalendarParams): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (key: string, value: string | null) => {
    if (value) next.set(key, value);
    else next.delete(key);
  };
  set('location', params.location);
  set('date', params.date);
  set('view', params.view === DEFAULT_VIEW ? null : params.view);
  set('instructors', params.instructors.length ? params.instructors.join(',') : null);
  set('discipline', params.discipline);
  set('cancelled', params.cancelled ? '1' : null);
  set('hours', params.wholeDay ? 'all' : null);
  return next;
}
