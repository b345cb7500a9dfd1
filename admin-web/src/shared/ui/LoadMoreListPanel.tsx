import '@mantine/dates/styles.css';
import 'dayjs/locale/tr';
import { Button, EmptyState, Group, Text } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconCalendar, IconFilterOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ListContent, type ListState } from './ListContent';
import { ListPanel } from './ListPanel';
import { RefreshButton } from './RefreshButton';

/** What a "Load more" list hook tells the panel. */
export interface LoadMoreListState extends ListState {
  totalCount: number;
  refreshing: boolean;
  hasMore: boolean;
  loadMore: () => Promise<void>;
  loadingMore: boolean;
  loadMoreError?: unknown;
}

/** The panel's texts, already translated by the feature. */
export interface LoadMoreListTexts {
  /** "12 payments". */
  count: string;
  refresh: string;
  /** "Showing 50 of 120". */
  shown: string;
  loadMore: string;
  errorTitle: string;
}

/**
 * A list page read a page at a time with its texts given by the feature: the filters with
 * the count and a refresh beside them, the rows in each of their states, and a footer with
 * how many are shown, why the last "Load more" failed, and "Load more".
 */
export function LoadMoreListPanel({
  list,
  shownCount,
  texts,
  filters,
  empty,
  children,
}: {
  list: LoadMoreListState;
  /** How many rows are loaded. */
  shownCount: number;
  texts: LoadMoreListTexts;
  filters: ReactNode;
  empty: ReactNode;
  children: ReactNode;
}) {
  const errorText = useErrorText();
  return (
    <ListPanel
      toolbar={
        <Group justify="space-between" align="flex-end" gap="md">
          {filters}
          <Group gap="xs" wrap="nowrap" mb={4} ml="auto">
            {!list.loading && !list.error && (
              <Text fw={600} fz="sm" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
                {texts.count}
              </Text>
            )}
            <RefreshButton label={texts.refresh} onClick={list.retry} loading={list.refreshing} />
          </Group>
        </Group>
      }
      footer={
        !list.loading && !list.error && shownCount > 0 ? (
          <Group justify="space-between" gap="sm">
            <Text fz="sm" c="dimmed">
              {texts.shown}
            </Text>
            <Group gap="sm">
              {list.loadMoreError !== undefined && (
                <Text fz="sm" c="red" role="alert">
                  {errorText(list.loadMoreError)}
                </Text>
              )}
              {list.hasMore && (
                <Button
                  variant="default"
                  onClick={() => void list.loadMore()}
                  loading={list.loadingMore}
                >
                  {texts.loadMore}
                </Button>
              )}
            </Group>
          </Group>
        ) : undefined
      }
    >
      <ListContent
        list={list}
        errorTitle={texts.errorTitle}
        isEmpty={!list.loading && shownCount === 0}
        empty={empty}
      >
        {children}
      </ListContent>
    </ListPanel>
  );
}

/**
 * A filtered list with no rows: none match the filters (with a button that clears them), or
 * there are none yet.
 */
export function FilteredEmptyState({
  filtered,
  icon,
  title,
  description,
  clearLabel,
  onClear,
}: {
  filtered: boolean;
  /** The icon when there are none yet (a crossed-out filter when none match). */
  icon: ReactNode;
  title: string;
  description: string;
  clearLabel: string;
  onClear: () => void;
}) {
  return (
    <EmptyState
      py={56}
      withIndicatorBackground
      icon={filtered ? <IconFilterOff size={26} /> : icon}
      title={title}
      description={description}
    >
      {filtered && (
        <EmptyState.Actions>
          <Button variant="default" onClick={onClear}>
            {clearLabel}
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}

/**
 * A filter on a range of days (`YYYY-MM-DD`, both ends included, one day allowed); a range
 * being chosen (only its start) changes nothing yet.
 */
export function DayRangeFilter({
  label,
  placeholder,
  from,
  to,
  onChange,
}: {
  label: string;
  placeholder: string;
  from: string | null;
  to: string | null;
  onChange: (range: { from: string | null; to: string | null }) => void;
}) {
  const language = useCurrentLanguage();
  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <DatePickerInput
        type="range"
        label={label}
        placeholder={placeholder}
        value={[from, to]}
        onChange={([start, end]) => {
          if (start && !end) return;
          onChange({ from: start?.slice(0, 10) ?? null, to: end?.slice(0, 10) ?? null });
        }}
        valueFormat="D MMM YYYY"
        allowSingleDateInRange
        clearable
        leftSection={<IconCalendar size={16} aria-hidden />}
        w={{ base: '100%', xs: 260 }}
      />
    </DatesProvider>
  );
}
