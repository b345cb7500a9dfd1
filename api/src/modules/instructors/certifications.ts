import { eq, inArray, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { manyEach } from '../../db/batch.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { DISCIPLINES } from '../customers/schema.js';
import { isCalendarDate } from './rules.js';
import { instructorCertificationsTable, instructorsTable } from './schema.js';

export interface CertificationInput {
  name: string;
  issuer?: string | null;
  number?: string | null;
  discipline?: string | null;
  level?: string | null;
  expiresOn?: string | null;
}

/** Trimmed, inner runs of spaces made one; blank becomes null. */
const optionalText = (value: string | null | undefined) =>
  value?.trim().replace(/\s+/g, ' ') || null;

/**
 * The columns of a certification, or BAD_USER_INPUT naming every refused field: a name of 1
 * to 200 characters, an issuer of at most 120, a number of at most 60, a known discipline, a
 * level of at most 100 characters, a calendar date. A blank issuer or number is stored as null.
 * An expiry date in the past is accepted (a lapsed certificate is still worth recording, and
 * it is shown as expired: `certificationStatus`).
 */
function checkCertification(input: CertificationInput) {
  const problems: Record<string, string> = {};
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name || name.length > 200) problems.name = 'must be 1 to 200 characters';
  const issuer = optionalText(input.issuer);
  if (issuer && issuer.length > 120) problems.issuer = 'must be at most 120 characters';
  const number = optionalText(input.number);
  if (number && number.length > 60) problems.number = 'must be at most 60 characters';
  if (input.discipline && !(DISCIPLINES as readonly string[]).includes(input.discipline))
    problems.discipline = 'is not a discipline';
  const level = input.level?.trim() || null;
  if (level && level.length > 100) problems.level = 'must be at most 100 characters';
  if (input.expiresOn && !isCalendarDate(input.expiresOn))
    problems.expiresOn = 'must be a date (YYYY-MM-DD)';
  if (Object.keys(problems).length) throw badInput(problems);
  return {
    name,
    issuer,
    number,
    discipline: input.discipline ?? null,
    level,
    expiresOn: input.expiresOn || null,
  };
}

/**
 * Adds a certification (IKO level 2, PADI OWSI, ...) with its expiry (management). Audited.
 * Errors: BAD_USER_INPUT naming refused fields (nothing is written); NOT_FOUND.
 */
export async function addCertification({
  ctx,
  instructorId,
  input,
}: {
  ctx: ServiceContext;
  instructorId: string;
  input: CertificationInput;
}) {
  const values = checkCertification(input);
  if (!isUuid(instructorId)) throw notFound('Instructor');
  return withTransaction(ctx.db, async (tx) => {
    const [instructor] = await tx
      .select({ id: instructorsTable.id })
      .from(instructorsTable)
      .where(eq(instructorsTable.id, instructorId));
    if (!instructor) throw notFound('Instructor');
    const [row] = await tx
      .insert(instructorCertificationsTable)
      .values({ instructorId, ...values })
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'instructor.certification_added',
        entityType: 'instructor',
        entityId: instructorId,
        data: {
          certificationId: row!.id,
          name: values.name,
          issuer: values.issuer,
          number: values.number,
          expiresOn: values.expiresOn,
        },
      },
      ctx.now(),
    );
    return row!;
  });
}

/**
 * Replaces a certification's fields (management): a renewed certificate gets its new expiry.
 * Audited. Errors: BAD_USER_INPUT naming refused fields (nothing is written); NOT_FOUND.
 */
export async function updateCertification({
  ctx,
  id,
  input,
}: {
  ctx: ServiceContext;
  id: string;
  input: CertificationInput;
}) {
  const values = checkCertification(input);
  if (!isUuid(id)) throw notFound('Certification');
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .update(instructorCertificationsTable)
      .set(values)
      .where(eq(instructorCertificationsTable.id, id))
      .returning();
    if (!row) throw notFound('Certification');
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'instructor.certification_updated',
        entityType: 'instructor',
        entityId: row.instructorId,
        data: {
          certificationId: id,
          name: values.name,
          issuer: values.issuer,
          number: values.number,
          expiresOn: values.expiresOn,
        },
      },
      ctx.now(),
    );
    return row;
  });
}

/** Removes a certification (management). Audited. Errors: NOT_FOUND. */
export async function removeCertification({ ctx, id }: { ctx: ServiceContext; id: string }) {
  if (!isUuid(id)) throw notFound('Certification');
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .delete(instructorCertificationsTable)
      .where(eq(instructorCertificationsTable.id, id))
      .returning();
    if (!row) throw notFound('Certification');
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'instructor.certification_removed',
        entityType: 'instructor',
        entityId: row.instructorId,
        data: { certificationId: id, name: row.name },
      },
      ctx.now(),
    );
    return true;
  });
}

/** Certifications of each instructor, soonest expiry first, those without one last; for loaders. */
export async function certificationsOf(db: DbOrTx, instructorIds: readonly string[]) {
  const valid = instructorIds.filter(isUuid);
  const rows = valid.length
    ? await db
        .select()
        .from(instructorCertificationsTable)
        .where(inArray(instructorCertificationsTable.instructorId, valid))
        .orderBy(
          sql`${instructorCertificationsTable.expiresOn} asc nulls last`,
          instructorCertificationsTable.name,
          instructorCertificationsTable.id,
        )
    : [];
  return manyEach(instructorIds, rows, (r) => r.instructorId);
}
