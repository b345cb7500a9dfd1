import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { rowsOf } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, sqlState, unauthenticated } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { usersTable } from '../identity/schema.js';
import {
  legalAcceptancesTable,
  legalDocumentsTable,
  REQUIRED_KINDS,
  type LegalDocumentKind,
  type LegalDocumentRow,
} from './schema.js';

/** A document as the API shows it: the row plus whether it is required and the newest of its kind. */
export type LegalDocumentView = LegalDocumentRow & { required: boolean; current: boolean };

const view = (row: LegalDocumentRow, current: boolean): LegalDocumentView => ({
  ...row,
  required: REQUIRED_KINDS.includes(row.kind),
  current,
});

/** The newest version of each kind that has been published. */
export async function currentLegalDocuments(db: DbOrTx): Promise<LegalDocumentView[]> {
  const rows = await db
    .selectDistinctOn([legalDocumentsTable.kind])
    .from(legalDocumentsTable)
    .orderBy(legalDocumentsTable.kind, desc(legalDocumentsTable.version));
  return rows.map((row) => view(row, true));
}

/** The newest published version of one kind (the rental terms a contract signs), or null. */
export async function currentLegalDocumentOf(
  db: DbOrTx,
  kind: LegalDocumentKind,
): Promise<LegalDocumentRow | null> {
  const [row] = await db
    .select()
    .from(legalDocumentsTable)
    .where(eq(legalDocumentsTable.kind, kind))
    .orderBy(desc(legalDocumentsTable.version))
    .limit(1);
  return row ?? null;
}

/**
 * The current required documents (terms, privacy) the signed-in user has not accepted yet;
 * empty for anonymous callers and API keys. One query: it runs for most requests.
 */
export async function pendingLegalDocuments({ ctx }: { ctx: ServiceContext }) {
  if (!ctx.viewer) return [];
  const result = await ctx.db.execute(sql`
    select d.* from (
      select distinct on (kind) * from legal_documents
      where kind in ('TERMS', 'PRIVACY')
      order by kind, version desc
    ) d
    where not exists (
      select 1 from legal_acceptances a
      where a.document_id = d.id and a.user_id = ${ctx.viewer.userId} and a.withdrawn_at is null
    )
    order by d.kind`);
  return rowsOf<Record<string, unknown>>(result).map((r) =>
    view(
      {
        id: r.id as string,
        kind: r.kind as LegalDocumentKind,
        version: Number(r.version),
        title: r.title as string,
        body: r.body as string,
        publishedAt: new Date(r.published_at as string),
        publishedByUserId: (r.published_by_user_id as string | null) ?? null,
      },
      true,
    ),
  );
}

/**
 * Records the caller's acceptance of current documents, with time, address and browser, as
 * evidence. Accepting the marketing document opts in to marketing. Accepting twice is a
 * no-op. Errors: BAD_USER_INPUT when an id is not the current version of its kind.
 */
export async function acceptLegalDocuments({
  ctx,
  ids,
  userAgent = null,
}: {
  ctx: ServiceContext;
  ids: string[];
  userAgent?: string | null;
}) {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  const wanted = [...new Set(ids)];
  if (!wanted.length) throw badInput({ ids: 'name at least one document' });
  const current = await currentLegalDocuments(ctx.db);
  const byId = new Map(current.map((d) => [d.id, d]));
  const stale = wanted.filter((id) => !byId.has(id));
  if (stale.length) throw badInput({ ids: 'not the current version of a document' });
  // Rental terms are signed on each rental contract, never accepted for an account.
  if (wanted.some((id) => byId.get(id)!.kind === 'RENTAL'))
    throw badInput({ ids: 'rental terms are signed on a rental contract, not accepted here' });
  const now = ctx.now();
  await withTransaction(ctx.db, async (tx) => {
    const already = await tx
      .select({ documentId: legalAcceptancesTable.documentId })
      .from(legalAcceptancesTable)
      .where(
        and(
          eq(legalAcceptancesTable.userId, viewer.userId),
          inArray(legalAcceptancesTable.documentId, wanted),
          isNull(legalAcceptancesTable.withdrawnAt),
        ),
      );
    const accepted = new Set(already.map((a) => a.documentId));
    const fresh = wanted.filter((id) => !accepted.has(id));
    if (!fresh.length) return;
    await tx.insert(legalAcceptancesTable).values(
      fresh.map((documentId) => ({
        userId: viewer.userId,
        documentId,
        acceptedAt: now,
        ip: ctx.ip,
        userAgent: userAgent?.slice(0, 400) ?? null,
      })),
    );
    if (fresh.some((id) => byId.get(id)!.kind === 'MARKETING')) {
      await tx
        .update(usersTable)
        .set({ marketingOptIn: true, updatedAt: now })
        .where(eq(usersTable.id, viewer.userId));
    }
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'legal.accepted',
        entityType: 'user',
        entityId: viewer.userId,
        data: {
          documents: fresh.map((id) => ({
            kind: byId.get(id)!.kind,
            version: byId.get(id)!.version,
          })),
        },
      },
      now,
    );
  });
  return true;
}

/**
 * Opts the caller in to or out of marketing mail, at any time. Opting in accepts the current
 * marketing document when one is published; opting out withdraws every marketing acceptance
 * (the rows stay, as evidence of what was agreed and when). Audited.
 */
export async function setMarketingConsent({
  ctx,
  optIn,
  userAgent = null,
}: {
  ctx: ServiceContext;
  optIn: boolean;
  userAgent?: string | null;
}) {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    if (optIn) {
      const marketing = (await currentLegalDocuments(tx)).find((d) => d.kind === 'MARKETING');
      if (marketing) {
        const [existing] = await tx
          .select({ id: legalAcceptancesTable.id })
          .from(legalAcceptancesTable)
          .where(
            and(
              eq(legalAcceptancesTable.userId, viewer.userId),
              eq(legalAcceptancesTable.documentId, marketing.id),
              isNull(legalAcceptancesTable.withdrawnAt),
            ),
          );
        if (!existing) {
          await tx.insert(legalAcceptancesTable).values({
            userId: viewer.userId,
            documentId: marketing.id,
            acceptedAt: now,
            ip: ctx.ip,
            userAgent: userAgent?.slice(0, 400) ?? null,
          });
        }
      }
    } else {
      const marketingIds = tx
        .select({ id: legalDocumentsTable.id })
        .from(legalDocumentsTable)
        .where(eq(legalDocumentsTable.kind, 'MARKETING'));
      await tx
        .update(legalAcceptancesTable)
        .set({ withdrawnAt: now })
        .where(
          and(
            eq(legalAcceptancesTable.userId, viewer.userId),
            inArray(legalAcceptancesTable.documentId, marketingIds),
            isNull(legalAcceptancesTable.withdrawnAt),
          ),
        );
    }
    const [user] = await tx
      .update(usersTable)
      .set({ marketingOptIn: optIn, updatedAt: now })
      .where(eq(usersTable.id, viewer.userId))
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: optIn ? 'consent.marketing_opt_in' : 'consent.marketing_opt_out',
        entityType: 'user',
        entityId: viewer.userId,
      },
      now,
    );
    return user!;
  });
}

export interface PublishLegalDocumentInput {
  kind: LegalDocumentKind;
  title: string;
  body: string;
}

/**
 * Publishes a new version of a document (admins). A new terms or privacy version must be
 * accepted by every user before they can go on. Audited.
 * Errors: BAD_USER_INPUT for an empty title or body; CONFLICT when another admin published
 * the same kind at the same moment.
 */
export async function publishLegalDocument({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: PublishLegalDocumentInput;
}) {
  const title = input.title.trim();
  const body = input.body.trim();
  const fields: Record<string, string> = {};
  if (!title || title.length > 200) fields.title = 'must be 1 to 200 characters';
  if (!body || body.length > 200_000) fields.body = 'must be 1 to 200,000 characters';
  if (Object.keys(fields).length) throw badInput(fields);
  const now = ctx.now();
  try {
    return await withTransaction(ctx.db, async (tx) => {
      const [{ latest } = { latest: 0 }] = await tx
        .select({ latest: sql<number>`coalesce(max(${legalDocumentsTable.version}), 0)::int` })
        .from(legalDocumentsTable)
        .where(eq(legalDocumentsTable.kind, input.kind));
      const [row] = await tx
        .insert(legalDocumentsTable)
        .values({
          kind: input.kind,
          version: latest + 1,
          title,
          body,
          publishedAt: now,
          publishedByUserId: ctx.viewer?.userId ?? null,
        })
        .returning();
      await recordAudit(
        tx,
        actorOf(ctx),
        {
          action: 'legal.published',
          entityType: 'legal_document',
          entityId: row!.id,
          data: { kind: row!.kind, version: row!.version, title },
        },
        now,
      );
      return view(row!, true);
    });
  } catch (error) {
    if (sqlState(error) === '23505') {
      throw new DomainError('CONFLICT', 'A new version was just published; reload and try again');
    }
    throw error;
  }
}

/** Every published version, newest first, optionally of one kind (admins). */
export async function listLegalDocuments({
  ctx,
  kind,
}: {
  ctx: ServiceContext;
  kind?: LegalDocumentKind | null;
}) {
  const [rows, current] = await Promise.all([
    ctx.db
      .select()
      .from(legalDocumentsTable)
      .where(kind ? eq(legalDocumentsTable.kind, kind) : undefined)
      .orderBy(legalDocumentsTable.kind, desc(legalDocumentsTable.version)),
    currentLegalDocuments(ctx.db),
  ]);
  const currentIds = new Set(current.map((d) => d.id));
  return rows.map((row) => view(row, currentIds.has(row.id)));
}

/** How many users hold a live acceptance of each document, for the admin page. */
export async function countAcceptances(db: DbOrTx, documentIds: readonly string[]) {
  const valid = documentIds.filter(isUuid);
  const rows = valid.length
    ? await db
        .select({
          documentId: legalAcceptancesTable.documentId,
          count: sql<number>`count(distinct ${legalAcceptancesTable.userId})::int`,
        })
        .from(legalAcceptancesTable)
        .where(
          and(
            inArray(legalAcceptancesTable.documentId, valid),
            isNull(legalAcceptancesTable.withdrawnAt),
          ),
        )
        .groupBy(legalAcceptancesTable.documentId)
    : [];
  const byId = new Map(rows.map((r) => [r.documentId, r.count]));
  return documentIds.map((id) => byId.get(id) ?? 0);
}
