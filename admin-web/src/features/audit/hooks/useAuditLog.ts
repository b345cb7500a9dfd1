import { useMemo } from 'react';
import { AuditLogDocument } from '../../../gql/graphql';
import { usePagedConnection } from '../../../shared/hooks/usePagedConnection';
import { toApiFilter, type AuditFilters } from '../filters';

const PAGE_SIZE = 50;

/**
 * The audit log for some filters, a page at a time (the cache policy `auditTypePolicies`
 * appends each page). An audit log is read for what just happened: the cache shows at once,
 * then refreshes. While a new filter loads, the previous entries stay on screen (`stale`).
 */
export function useAuditLog(filters: AuditFilters) {
  const filter = useMemo(() => toApiFilter(filters), [filters]);
  const { nodes, ...log } = usePagedConnection(
    AuditLogDocument,
    { filter, first: PAGE_SIZE },
    (data) => data.auditLog,
  );
  return { entries: nodes, ...log };
}
