import { Button, EmptyState } from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { IconSchool, IconUserSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsDesk } from '../../../shared/hooks/useIsDesk';
import { canAccess } from '../../../shared/lib/can';
import { ListContent } from '../../../shared/ui/ListContent';
import { ListPanel } from '../../../shared/ui/ListPanel';
import { ListToolbar } from '../../../shared/ui/ListToolbar';
import { hasFilters } from '../filters';
import { useInstructorFilters, useInstructors } from '../hooks/useInstructors';
import { InstructorsFiltersBar } from './InstructorsFilters';
import { InstructorsList } from './InstructorsList';
import { InstructorsTable } from './InstructorsTable';

/**
 * The school's instructors by name, filtered by name, discipline, location and language (kept
 * in the URL); certificates that expire soon or have expired stand out. `onCreate` opens the
 * "new instructor" dialog.
 */
export function InstructorsView({ onCreate }: { onCreate?: () => void }) {
  const { t } = useTranslation('instructors');
  const { user } = useCurrentUser();
  const { filters, updateFilters, clearFilters } = useInstructorFilters();
  const list = useInstructors(filters);
  const isDesk = useIsDesk();
  const [filtersKey, setFiltersKey] = useState(0);
  const filtered = hasFilters(filters);
  const Rows = isDesk ? InstructorsTable : InstructorsList;
  const clearAll = () => {
    clearFilters();
    setFiltersKey((key) => key + 1);
  };

  return (
    <ListPanel
      toolbar={
        <ListToolbar
          align="flex-end"
          count={
            list.loading || list.error ? undefined : t('count', { count: list.instructors.length })
          }
          refreshLabel={t('refresh')}
          onRefresh={list.retry}
          refreshing={list.refreshing}
        >
          <InstructorsFiltersBar
            key={filtersKey}
            filters={filters}
            onChange={updateFilters}
            onClear={clearFilters}
            canSeeInactive={user !== null && canAccess(user.role, 'instructors', 'update')}
          />
        </ListToolbar>
      }
    >
      <ListContent
        list={list}
        errorTitle={t('errorTitle')}
        isEmpty={!list.loading && list.instructors.length === 0}
        empty={
          <EmptyState
            py={56}
            withIndicatorBackground
            icon={filtered ? <IconUserSearch size={26} /> : <IconSchool size={26} />}
            title={filtered ? t('noMatches.title') : t('empty.title')}
            description={filtered ? t('noMatches.body') : t('empty.body')}
          >
            <EmptyState.Actions>
              {filtered ? (
                <Button variant="default" onClick={clearAll}>
                  {t('filters.clear')}
                </Button>
              ) : onCreate ? (
                <Button onClick={onCreate}>{t('create.open')}</Button>
              ) : null}
            </EmptyState.Actions>
          </EmptyState>
        }
      >
        <Rows instructors={list.instructors} loading={list.loading} />
      </ListContent>
    </ListPanel>
  );
}
