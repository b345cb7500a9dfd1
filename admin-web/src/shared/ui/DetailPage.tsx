import {
  Anchor,
  Button,
  EmptyState,
  Group,
  Paper,
  Skeleton,
  Stack,
  Tabs,
  Title,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from './ErrorState';

/**
 * The namespaces of the detail pages. Each has the keys `detail.back`, `detail.errorTitle`,
 * `detail.notFoundTitle` and `detail.notFoundBody`; the type check of `t(...)` below tells
 * when one does not.
 */
export type DetailNamespace = 'customers' | 'instructors' | 'locations';

/** What a detail hook (`useCustomer` and the others) tells about its record. */
export interface DetailState {
  loading: boolean;
  /** The record could not be loaded. */
  error?: unknown;
  retry: () => void;
}

/** A detail page's column: the way back to its list on top (none without `backTo`), then the page. */
export function DetailPage({
  ns,
  backTo,
  busy = false,
  children,
}: {
  ns: DetailNamespace;
  backTo?: string;
  busy?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation(ns);
  return (
    <Stack gap="lg" aria-busy={busy || undefined}>
      {backTo && (
        <Anchor component={Link} to={backTo} fz="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('detail.back')}
          </Group>
        </Anchor>
      )}
      {children}
    </Stack>
  );
}

/**
 * A detail page without its record: placeholders while it loads, its failure with a retry,
 * or "not found" with a button back to the list (none without `backTo`). `skeleton` replaces
 * the default placeholders (a round picture, a title and a card); `notFound` the namespace's
 * not-found texts.
 */
export function DetailFallback({
  ns,
  backTo,
  state,
  notFoundIcon,
  notFound,
  skeleton,
}: {
  ns: DetailNamespace;
  backTo?: string;
  state: DetailState;
  notFoundIcon: ReactNode;
  notFound?: { title: string; description: string };
  skeleton?: ReactNode;
}) {
  const { t } = useTranslation(ns);
  if (state.loading) {
    return (
      <DetailPage ns={ns} backTo={backTo} busy>
        {skeleton ?? (
          <>
            <Group gap="md">
              <Skeleton height={56} circle />
              <Skeleton height={28} width={260} radius="sm" />
            </Group>
            <Skeleton height={320} radius="lg" />
          </>
        )}
      </DetailPage>
    );
  }
  if (state.error !== undefined) {
    return (
      <DetailPage ns={ns} backTo={backTo}>
        <Paper withBorder radius="lg">
          <ErrorState title={t('detail.errorTitle')} error={state.error} onRetry={state.retry} />
        </Paper>
      </DetailPage>
    );
  }
  return (
    <DetailPage ns={ns} backTo={backTo}>
      <EmptyState
        py={56}
        withIndicatorBackground
        icon={notFoundIcon}
        title={notFound?.title ?? t('detail.notFoundTitle')}
        description={notFound?.description ?? t('detail.notFoundBody')}
      >
        {backTo && (
          <EmptyState.Actions>
            <Button component={Link} to={backTo} variant="default">
              {t('detail.back')}
            </Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    </DetailPage>
  );
}

/**
 * A record's heading: its picture or icon, its name as the page title, a line of facts under
 * it, and its actions (if any) on the right.
 */
export function DetailHeader({
  media,
  title,
  facts,
  actions,
}: {
  media: ReactNode;
  title: string;
  facts: ReactNode;
  actions?: ReactNode;
}) {
  const heading = (
    <Group gap="md" wrap="nowrap" align="center" miw={0}>
      {media}
      <div style={{ minWidth: 0 }}>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        <Group gap="sm" mt={4}>
          {facts}
        </Group>
      </div>
    </Group>
  );
  if (!actions) return heading;
  return (
    <Group justify="space-between" align="center" gap="md">
      {heading}
      {actions}
    </Group>
  );
}

/** A detail page's tab row: one row on a phone too, scrolled sideways rather than wrapped. */
export function DetailTabsList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Tabs.List
      aria-label={label}
      mb="lg"
      style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}
    >
      {children}
    </Tabs.List>
  );
}
