import { useSearchParams } from 'react-router';
import { tabFrom, withTab } from '../lib/tabParam';

/**
 * A page's open tab kept in the URL (`?tab=family`), replacing the history entry on change;
 * the fallback tab is the URL without `?tab=`. A tab not in `allowed` opens the fallback.
 */
export function useTabParam<T extends string>(allowed: readonly T[], fallback: T) {
  const [params, setParams] = useSearchParams();
  const tab = tabFrom(params.get('tab'), allowed, fallback);
  const selectTab = (value: string | null) =>
    setParams((current) => withTab(current, value, fallback), { replace: true });
  return [tab, selectTab] as const;
}
