import { Button, EmptyState, Group, Text } from '@mantine/core';
import { useErrorText } from '@plannivo/web-kit/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ListContent, type ListState } from './ListContent';
import { ListPanel } from './ListPanel';
import { RefreshButton } from './RefreshButton';

/**
 * The namespaces of the paged list pages. Each has the keys this panel reads; the type check
 * of `t(...)` below tells when one does not.
 */
export type PagedListNamespace = 'customers' | 'users';

/** What a paged list hook (built on `usePagedConnection`) tells the panel. */
export interface PagedListState extends ListState {
  totalCount: number;
  refreshing: boolean;
  hasMore: boolean;
  loadMore: () => Promise<void>;
  loadingMore: boolean;
  loadMoreError?: unknown;
}

/**
 * A list page read a page at a time: the filters with the count and a refresh beside them,
 * the rows in each of their states, and a footer with how many are shown and "Load more".
 * Its texts are the keys `count`, `refresh`, `shown`, `loadMore`, `loadMoreFailed` and
 * `errorTitle` of the feature's namespace `ns`.
 */
export function PagedListPanel({
  ns,
  list,
  shownCount,
  filters,
  empty,
  children,
}: {
  ns: PagedListNamespace;
  list: PagedListState;
  /** How many rows are loaded. */
  shownCount: number;
  filters: ReactNode;
  empty: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation(ns);
  const errorMessage = useErrorText();
  const showRows = !list.error && (list.loading || shownCount > 0);

  return (
    <ListPanel
      toolbar={
        <Group justify="space-between" align="flex-end" gap="md">
          {filters}
          <Group gap="xs" wrap="nowrap" mb={4} ml="auto">
            {!list.loading && !list.error && (
              <Text fw={600} fz="sm" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
                {t('count', { count: list.totalCount })}
              </Text>
            )}
            <RefreshButton label={t('refresh')} onClick={list.retry} loading={list.refreshing} />
          </Group>
        </Group>
      }
      footer={
        showRows && !list.loading ? (
          <Group justify="space-between" gap="sm">
            <Text fz="sm" c="dimmed">
              {t('shown', { shown: shownCount, total: list.totalCount })}
            </Text>
            <Group gap="sm">
              {list.loadMoreError !== undefined && (
                <Text fz="sm" c="red" role="alert">
                  {t('loadMoreFailed')} {errorMessage(list.loadMoreError)}
                </Text>
              )}
              {list.hasMore && (
                <Button
                  variant="default"
                  onClick={() => void list.loadMore()}
                  loading={list.loadingMore}
                >
                  {t('loadMore')}
                </Button>
              )}
            </Group>
          </Group>
        ) : undefined
      }
    >
      <ListContent
        list={list}
        errorTitle={t('errorTitle')}
        isEmpty={!list.loading && shownCount === 0}
        empty={empty}
      >
        {children}
      </ListContent>
    </ListPanel>
  );
}

/**
 * A list with no rows: none match the filters (`noMatches.title`, `noMatches.body` of `ns`),
 * or there are none yet (`empty.title`, `empty.body`). `actions` are its buttons, if any.
 */
export function ListEmptyState({
  ns,
  filtered,
  icon,
  filteredIcon,
  actions,
}: {
  ns: PagedListNamespace;
  filtered: boolean;
  icon: ReactNode;
  filteredIcon: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation(ns);
  return (
    <EmptyState
      py={56}
      withIndicatorBackground
      icon={filtered ? filteredIcon : icon}
      title={filtered ? t('noMatches.title') : t('empty.title')}
      description={filtered ? t('noMatches.body') : t('empty.body')}
    >
      {actions && <EmptyState.Actions>{actions}</EmptyState.Actions>}
    </EmptyState>
  );
}
