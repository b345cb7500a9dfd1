import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AppDeps, ServiceContext } from '../../context.js';
import type { DbOrTx, Tx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { actorOf, recordAudit, type AuditActor } from '../audit/service.js';
import { findAll } from './checks.js';
import { stateOf, type Finding, type FindingDetails } from './findings.js';
import {
  DISCREPANCY_KINDS,
  discrepanciesTable,
  reconciliationRunsTable,
  type DiscrepancyKind,
  type ReconciliationRunRow,
} from './schema.js';

import type { ReconciliationTrigger } from './rules.js';

export * from './read.js';
export * from './resolve.js';

// Arbitrary, fixed: one run at a time, whichever replica or staff member started it.
const RUN_LOCK_ID = 727_201;
// Rows per insert statement: far below PostgreSQL's 65535 parameters.
const CHUNK = 500;

export interface RunResult {
  run: ReconciliationRunRow;
  /** Open discrepancies closed because the run no longer found them. */
  autoResolved: number;
}

/**
 * Runs every check (checks.ts) and records what it found, in one transaction, one run at a
 * time (an advisory lock queues a second one behind the first):
 * - a finding whose fingerprint has an OPEN discrepancy updates its `lastSeenAt` and details
 *   (never a second row: the partial unique index on open fingerprints guards it);
 * - a finding staff already closed (resolved or dismissed) in the same state (`stateOf`) is
 *   left closed; anything else opens a discrepancy;
 * - OPEN discrepancies the run no longer finds are resolved as NO_LONGER_FOUND.
 * The run row keeps per kind what it found (new or still open) and how many it opened. `audit` records the run
 * in the audit log (staff runs).
 */
export async function reconcile(
  db: DbOrTx,
  now: Date,
  options: { trigger: ReconciliationTrigger; requestedBy: string | null; audit?: AuditActor },
): Promise<RunResult> {
  return withTransaction(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${RUN_LOCK_ID})`);
    const [started] = await tx
      .insert(reconciliationRunsTable)
      .values({ trigger: options.trigger, startedAt: now, requestedBy: options.requestedBy })
      .returning();
    const findings = await findAll(tx, now);
    const fresh = await leaveClosedAlone(tx, findings);
    const opened = await upsertFindings(tx, started!.id, now, fresh);
    const autoResolved = await resolveNoLongerFound(
      tx,
      findings.map((f) => f.fingerprint),
      now,
    );

    const found = Object.fromEntries(DISCREPANCY_KINDS.map((k) => [k, 0])) as Record<
      DiscrepancyKind,
      number
    >;
    for (const finding of fresh) found[finding.kind] += 1;
    const [run] = await tx
      .update(reconciliationRunsTable)
      .set({ finishedAt: now, found, opened })
      .where(eq(reconciliationRunsTable.id, started!.id))
      .returning();
    if (options.audit) {
      await recordAudit(
        tx,
        options.audit,
        {
          action: 'reconciliation.run',
          entityType: 'reconciliation_run',
          entityId: run!.id,
          data: { trigger: options.trigger, found, opened, autoResolved },
        },
        now,
      );
    }
    return { run: run!, autoResolved };
  });
}

/**
 * Findings less those staff closed in the same state. Per fingerprint the latest discrepancy
 * decides (one query per 500 findings): an OPEN one is refreshed; one staff resolved or
 * dismissed is left alone while the state is the same; one a run closed as no longer found
 * opens again.
 */
async function leaveClosedAlone(tx: Tx, findings: Finding[]): Promise<Finding[]> {
  if (!findings.length) return findings;
  const latest = new Map<
    string,
    { status: string; resolution: string | null; details: FindingDetails }
  >();
  for (let i = 0; i < findings.length; i += CHUNK) {
    const fingerprints = findings.slice(i, i + CHUNK).map((f) => f.fingerprint);
    const rows = await tx
      .selectDistinctOn([discrepanciesTable.fingerprint], {
        fingerprint: discrepanciesTable.fingerprint,
        status: discrepanciesTable.status,
        resolution: discrepanciesTable.resolution,
        details: discrepanciesTable.details,
      })
      .from(discrepanciesTable)
      .where(inArray(discrepanciesTable.fingerprint, fingerprints))
      .orderBy(
        discrepanciesTable.fingerprint,
        sql`${discrepanciesTable.status} = 'OPEN' desc`,
        sql`${discrepanciesTable.resolvedAt} desc nulls last`,
        desc(discrepanciesTable.id),
      );
    for (const row of rows)
      latest.set(row.fingerprint, {
        status: row.status,
        resolution: row.resolution,
        details: row.details as unknown as FindingDetails,
      });
  }
  return findings.filter((finding) => {
    const last = latest.get(finding.fingerprint);
    if (!last || last.status === 'OPEN' || last.resolution === 'NO_LONGER_FOUND') return true;
    return stateOf(finding.kind, last.details) !== stateOf(finding.kind, finding.details);
  });
}

/**
 * Inserts the findings as OPEN discrepancies, or refreshes the open one with the same
 * fingerprint (last seen now, current details). Returns how many were new.
 */
async function upsertFindings(tx: Tx, runId: string, now: Date, findings: Finding[]) {
  let opened = 0;
  for (let i = 0; i < findings.length; i += CHUNK) {
    const rows = await tx
      .insert(discrepanciesTable)
      .values(
        findings.slice(i, i + CHUNK).map((f) => ({
          kind: f.kind,
          status: 'OPEN' as const,
          fingerprint: f.fingerprint,
          locationId: f.locationId,
          details: f.details as unknown as Record<string, unknown>,
          firstRunId: runId,
          firstSeenAt: now,
          lastSeenAt: now,
        })),
      )
      .onConflictDoUpdate({
        target: discrepanciesTable.fingerprint,
        targetWhere: sql`status = 'OPEN'`,
        set: {
          lastSeenAt: now,
          details: sql`excluded.details`,
          locationId: sql`excluded.location_id`,
        },
      })
      .returning({ firstRunId: discrepanciesTable.firstRunId });
    opened += rows.filter((r) => r.firstRunId === runId).length;
  }
  return opened;
}

/** Resolves the OPEN discrepancies whose fingerprint the run did not find. Returns how many. */
async function resolveNoLongerFound(tx: Tx, fingerprints: string[], now: Date) {
  const rows = await tx
    .update(discrepanciesTable)
    .set({ status: 'RESOLVED', resolution: 'NO_LONGER_FOUND', resolvedAt: now })
    .where(
      and(
        eq(discrepanciesTable.status, 'OPEN'),
        sql`${discrepanciesTable.fingerprint} not in (
          select jsonb_array_elements_text(${JSON.stringify(fingerprints)}::jsonb))`,
      ),
    )
    .returning({ id: discrepanciesTable.id });
  return rows.length;
}

/**
 * The reconciliation staff start from the admin app (management; the permission rule says
 * who). Audited. Returns the run.
 */
export async function runReconciliation({ ctx }: { ctx: ServiceContext }): Promise<RunResult> {
  return reconcile(ctx.db, ctx.now(), {
    trigger: 'MANUAL',
    requestedBy: ctx.viewer?.userId ?? null,
    audit: actorOf(ctx),
  });
}

/** The scheduled reconciliation (job `reconciliation.run`, hourly). */
export async function runScheduledReconciliation(deps: AppDeps, now: Date): Promise<RunResult> {
  const result = await reconcile(deps.db, now, { trigger: 'SCHEDULED', requestedBy: null });
  if (result.run.opened > 0)
    deps.log.warn(
      { runId: result.run.id, found: result.run.found, opened: result.run.opened },
      'reconciliation opened discrepancies',
    );
  return result;
}
