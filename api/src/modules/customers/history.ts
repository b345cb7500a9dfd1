import { and, eq, inArray } from 'drizzle-orm';
import { MANAGEMENT_ROLES } from '../../auth/viewer.js';
import type { ServiceContext } from '../../context.js';
import { encodeCursor, pageRequest, type Page } from '../../db/pagination.js';
import { badInput, forbidden, notFound, unauthenticated } from '../../errors.js';
import { isUuid } from '../../ids.js';
import type { AuditRow } from '../audit/schema.js';
import {
  auditTrail,
  countAuditTrail,
  hasAuditEntry,
  type AuditTrail,
  type AuditTrailStart,
} from '../audit/service.js';
import { customersTable, type CustomerRow } from './schema.js';
import { customerScope, getCustomerInScope } from './service.js';

/**
 * What happened to a customer, one kind per line of the timeline. Modules that arrive later
 * (bookings, payments, waivers) add their kinds here and a source below.
 */
export const HISTORY_KINDS = [
  'CREATED',
  'UPDATED',
  'NOTES_CHANGED',
  'DEPENDENT_ADDED',
  'MERGED',
  'MERGED_INTO',
  'DOCUMENT_ADDED',
  'DOCUMENT_REMOVED',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** Who did it: a signed-in user, a partner's API key, or the system (an import command). */
export type HistoryActorKind = 'USER' | 'API_KEY' | 'SYSTEM';

/** The typed detail of an entry; `type` tells which (GraphQL: a union). */
export type HistoryDetail =
  | { type: 'FIELDS'; fields: string[] }
  | { type: 'CUSTOMER'; customerId: string; customer: CustomerRow | null }
  | { type: 'DOCUMENT'; documentId: string; documentKind: string; title: string };

export interface HistoryEntry {
  /**
   * Unique across timelines, `<key>@<customerId>`: one audit row (a merge) is a line in two
   * records' timelines, with a different kind in each.
   */
  id: string;
  /** `<source>:<id>`, e.g. `audit:1234`: orders entries of the same time; kept in cursors. */
  key: string;
  kind: HistoryKind;
  occurredAt: Date;
  actorKind: HistoryActorKind;
  actorName: string | null;
  /** One English line for API clients; the apps word it from kind and detail. */
  summary: string;
  detail: HistoryDetail | null;
}

/** Where a page starts: entries strictly older than (occurredAt, key). */
interface Before {
  at: Date;
  key: string;
}

/**
 * A source of timeline entries: the newest `limit` entries about a customer before `before`
 * (ordered by time, then id, newest first) and how many it has in all. Each module that adds
 * kinds adds a source; `customerHistory` merges them. Order: time, then key, newest first.
 */
interface HistorySource {
  entries(
    ctx: ServiceContext,
    customerId: string,
    before: Before | null,
    limit: number,
  ): Promise<HistoryEntry[]>;
  count(ctx: ServiceContext, customerId: string): Promise<number>;
}

// The audit actions a customer's timeline shows; anything else in the log stays out.
const OWN_ACTIONS = [
  'customer.created',
  'customer.updated',
  'customer.merged',
  'customer.document_added',
  'customer.document_removed',
];

/** Audit entries about the customer: their own, a dependent created under them, a merge away. */
const trailOf = (customerId: string): AuditTrail => ({
  entityType: 'customer',
  entityId: customerId,
  actions: OWN_ACTIONS,
  mentions: [
    { action: 'customer.created', dataKey: 'guardianId' },
    { action: 'customer.merged', dataKey: 'duplicateId' },
  ],
});

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** The timeline entry an audit row stands for, seen from `customerId`. */
function fromAudit(row: AuditRow, actorName: string | null, customerId: string): HistoryEntry {
  const data = row.data;
  const base = {
    id: `audit:${row.id}@${customerId}`,
    key: `audit:${row.id}`,
    occurredAt: row.occurredAt,
    actorKind: (row.actorUserId
      ? 'USER'
      : data.apiKeyId || row.actorApiKeyId
        ? 'API_KEY'
        : 'SYSTEM') as HistoryActorKind,
    actorName,
  };
  const link = (id: string): HistoryDetail => ({
    type: 'CUSTOMER',
    customerId: id,
    customer: null,
  });
  switch (row.action) {
    case 'customer.created':
      if (row.entityId !== customerId) {
        return {
          ...base,
          kind: 'DEPENDENT_ADDED',
          summary: 'Dependent added',
          detail: link(row.entityId!),
        };
      }
      return {
        ...base,
        kind: 'CREATED',
        summary: data.guardianId ? 'Record created as a dependent' : 'Record created',
        detail: data.guardianId ? link(str(data.guardianId)) : null,
      };
    case 'customer.updated': {
      const fields = Array.isArray(data.fields) ? data.fields.map(String) : [];
      const notesOnly = fields.length === 1 && fields[0] === 'notes';
      return {
        ...base,
        kind: notesOnly ? 'NOTES_CHANGED' : 'UPDATED',
        summary: notesOnly ? 'Notes changed' : `Changed: ${fields.join(', ') || 'nothing'}`,
        detail: { type: 'FIELDS', fields },
      };
    }
    case 'customer.merged':
      return row.entityId === customerId
        ? {
            ...base,
            kind: 'MERGED',
            summary: 'A duplicate record was merged into this one',
            detail: link(str(data.duplicateId)),
          }
        : {
            ...base,
            kind: 'MERGED_INTO',
            summary: 'Merged into another record',
            detail: link(row.entityId!),
          };
    case 'customer.document_added':
    case 'customer.document_removed': {
      const added = row.action === 'customer.document_added';
      return {
        ...base,
        kind: added ? 'DOCUMENT_ADDED' : 'DOCUMENT_REMOVED',
        summary: `${added ? 'Document added' : 'Document removed'}: ${str(data.title)}`,
        detail: {
          type: 'DOCUMENT',
          documentId: str(data.documentId),
          documentKind: str(data.kind),
          title: str(data.title),
        },
      };
    }
    default:
      throw new Error(`no history entry for ${row.action}`);
  }
}

/**
 * The order of the timeline, newest first: by time, then by id (`audit:9` before `audit:10`
 * numerically; different sources by name). Every source pages by the same order.
 */
const compareIds = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
const newestFirst = (a: HistoryEntry, b: HistoryEntry) =>
  b.occurredAt.getTime() - a.occurredAt.getTime() || compareIds(b.key, a.key);

/** Entries from the audit log (changes to the record, family, merges, documents). */
const auditSource: HistorySource = {
  async entries(ctx, customerId, before, limit) {
    let start: AuditTrailStart | null = null;
    if (before) {
      const auditId = /^audit:(\d+)$/.exec(before.key)?.[1];
      // A cursor from another source: at its very time, audit entries come after it when
      // their ids sort below its id.
      start = auditId
        ? { at: before.at, beforeId: Number(auditId) }
        : { at: before.at, orAt: compareIds('audit:0', before.key) < 0 };
    }
    const rows = await auditTrail(ctx, trailOf(customerId), start, limit);
    return rows.map(({ row, actorName }) => fromAudit(row, actorName, customerId));
  },
  count: (ctx, customerId) => countAuditTrail(ctx, trailOf(customerId)),
};

/** The record, when no audit entry says it was created (else the audit source has it). */
async function unauditedRecord(ctx: ServiceContext, customerId: string) {
  const audited = await hasAuditEntry(ctx, {
    action: 'customer.created',
    entityType: 'customer',
    entityId: customerId,
  });
  if (audited) return null;
  const [row] = await ctx.db
    .select({ createdAt: customersTable.createdAt })
    .from(customersTable)
    .where(eq(customersTable.id, customerId));
  return row ?? null;
}

/**
 * A CREATED entry from the record itself when no audit entry says who created it: sign-ups,
 * imports (audited as counts only) and the demo seed create records without one.
 */
const recordSource: HistorySource = {
  async entries(ctx, customerId, before) {
    const row = await unauditedRecord(ctx, customerId);
    if (!row) return [];
    const entry: HistoryEntry = {
      id: `record@${customerId}`,
      key: 'record',
      kind: 'CREATED',
      occurredAt: row.createdAt,
      actorKind: 'SYSTEM',
      actorName: null,
      summary: 'Record created',
      detail: null,
    };
    const cursor = before && { ...entry, occurredAt: before.at, key: before.key };
    return !cursor || newestFirst(cursor, entry) < 0 ? [entry] : [];
  },
  count: async (ctx, customerId) => ((await unauditedRecord(ctx, customerId)) ? 1 : 0),
};

const SOURCES: HistorySource[] = [auditSource, recordSource];

function parseBefore(after: string | null): Before | null {
  if (after === null) return null;
  try {
    const [at, key] = JSON.parse(after) as unknown[];
    const time = typeof at === 'string' ? new Date(at) : null;
    if (time && !Number.isNaN(time.getTime()) && typeof key === 'string') return { at: time, key };
  } catch {
    // falls through to the error below
  }
  throw badInput({ after: 'is not a cursor of this list' });
}

/**
 * A customer's timeline, newest first, as a Relay page: the record's creation and changes,
 * notes edits, dependents added, merges (either way) and documents added or removed, each
 * with when, who and a typed detail. Management only: it names the staff who acted.
 * Linked records are those the caller may see (a merged duplicate still resolves).
 * Errors: UNAUTHENTICATED; FORBIDDEN for other roles and API keys; NOT_FOUND outside the
 * scope; BAD_USER_INPUT for a page size out of range or a foreign cursor.
 */
export async function customerHistory({
  ctx,
  customerId,
  page,
}: {
  ctx: ServiceContext;
  customerId: string;
  page: { first?: number | null; after?: string | null };
}): Promise<Page<HistoryEntry>> {
  if (!ctx.viewer && !ctx.apiKey) throw unauthenticated();
  if (!ctx.viewer || !MANAGEMENT_ROLES.includes(ctx.viewer.role)) throw forbidden();
  const { first, after } = pageRequest(page);
  const before = parseBefore(after);
  if (!(await getCustomerInScope(ctx, customerId))) throw notFound('Customer');

  const [lists, counts] = await Promise.all([
    Promise.all(SOURCES.map((s) => s.entries(ctx, customerId, before, first + 1))),
    Promise.all(SOURCES.map((s) => s.count(ctx, customerId))),
  ]);
  const merged = lists
    .flat()
    .sort(newestFirst)
    .slice(0, first + 1);
  await attachLinkedCustomers(ctx, merged.slice(0, first));

  const items = merged.slice(0, first);
  const edges = items.map((node) => ({
    cursor: encodeCursor(JSON.stringify([node.occurredAt.toISOString(), node.key])),
    node,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: merged.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: counts.reduce((a, b) => a + b, 0),
  };
}

/** Loads the records entries link to, in one query, within the caller's scope. */
async function attachLinkedCustomers(ctx: ServiceContext, entries: HistoryEntry[]) {
  const ids = [
    ...new Set(
      entries.flatMap((e) => (e.detail?.type === 'CUSTOMER' ? [e.detail.customerId] : [])),
    ),
  ].filter(isUuid);
  if (!ids.length) return;
  const rows = await ctx.db
    .select()
    .from(customersTable)
    .where(and(inArray(customersTable.id, ids), customerScope(ctx)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const entry of entries) {
    if (entry.detail?.type === 'CUSTOMER') {
      entry.detail.customer = byId.get(entry.detail.customerId) ?? null;
    }
  }
}
