import { useMediaQuery } from '@mantine/hooks';

/**
 * True where a table fits beside the navigation (62em and up). Read at once, not after a
 * first render, so a phone never flashes the desk table.
 */
export function useIsDesk(): boolean {
  return useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
}
