import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only record of every change staff make and every security event. Rows are
 * hash-chained: `hash` covers the row and `prevHash`, so editing or deleting a row breaks the
 * chain at that row (`npm run audit:verify` names it).
 */
export const auditLogTable = pgTable(
  'audit_log',
  {
    // Sequence order is commit order: writers serialise on an advisory lock (service.ts).
    id: bigserial({ mode: 'number' }).primaryKey(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    actorUserId: uuid(),
    actorApiKeyId: uuid(),
    action: text().notNull(),
    entityType: text(),
    entityId: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    ip: text(),
    requestId: text(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    index('audit_log_occurred_at_idx').on(t.occurredAt),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_actor_idx').on(t.actorUserId),
    index('audit_log_action_idx').on(t.action),
  ],
);
export type AuditRow = typeof auditLogTable.$inferSelect;
