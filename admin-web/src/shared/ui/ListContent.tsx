import { Alert, Box } from '@mantine/core';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';

/** What a list hook tells about its rows, as `useUsers` and the others return it. */
export interface ListState {
  /** Nothing to show yet: the first load. */
  loading: boolean;
  /** The rows on screen belong to the previous filter; the new ones are on their way. */
  stale?: boolean;
  /** The list could not be loaded at all. */
  error?: unknown;
  /** A refresh failed; the rows on screen are still current. */
  refreshError?: unknown;
  retry: () => void;
}

/**
 * The body of a list panel in each of its states: a failed refresh above the rows still on
 * screen; the list's own failure with a retry; the rows (or their placeholders while
 * loading), dimmed while another filter's rows load; or, with none, the empty state.
 */
export function ListContent({
  list,
  errorTitle,
  isEmpty,
  empty,
  children,
}: {
  list: ListState;
  errorTitle: string;
  /** Loaded, and nothing to show. */
  isEmpty: boolean;
  empty: ReactNode;
  children: ReactNode;
}) {
  const errorMessage = useErrorText();
  return (
    <>
      {list.refreshError !== undefined && (
        <Alert color="red" radius={0} icon={<IconAlertTriangle size={18} />}>
          {errorMessage(list.refreshError)}
        </Alert>
      )}
      {list.error !== undefined ? (
        <ErrorState title={errorTitle} error={list.error} onRetry={list.retry} />
      ) : isEmpty ? (
        empty
      ) : (
        <Box
          style={{ opacity: list.stale ? 0.55 : 1, transition: 'opacity 150ms ease' }}
          aria-busy={list.loading || list.stale}
        >
          {children}
        </Box>
      )}
    </>
  );
}
