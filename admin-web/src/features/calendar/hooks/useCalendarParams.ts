import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readParams, writeParams, type CalendarParams } from '../params';

/** The calendar's location, day, view and filters, kept in the URL (replacing the entry). */
export function useCalendarParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readParams(search), [search]);
  const update = useCallback(
    (patch: Partial<CalendarParams>) =>
      setSearch((current) => writeParams(current, { ...readParams(current), ...patch }), {
        replace: true,
      }),
    [setSearch],
  );
  return [params, update] as const;
}
