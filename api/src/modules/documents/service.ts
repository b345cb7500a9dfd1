import type { Readable } from 'node:stream';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Role } from '../../auth/viewer.js';
import type { ServiceContext } from '../../context.js';
import { manyEach } from '../../db/batch.js';
import type { DbOrTx, Tx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, forbidden, notFound, unauthenticated } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { newFileKey } from '../../platform/files.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { customerScope, getCustomerInScope } from '../customers/service.js';
import { customersTable } from '../customers/schema.js';
import {
  cleanFileName,
  declaredFormat,
  DOCUMENT_FORMATS,
  MAX_DOCUMENT_BYTES,
  tooLarge,
  UploadInspector,
  uploadRefused,
} from './content.js';
import { customerDocumentsTable, DOCUMENT_KINDS, type CustomerDocumentRow } from './schema.js';

/**
 * Who may add and remove documents: management for anyone, a student or customer for their
 * own record and their dependents' (the customer scope decides which). Instructors and API
 * keys only read (as they read the record).
 */
export const DOCUMENT_WRITER_ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'STUDENT', 'CUSTOMER'];

/** UNAUTHENTICATED without a caller, FORBIDDEN for a caller that may not add or remove. */
function assertWriter(ctx: ServiceContext) {
  if (ctx.apiKey) throw forbidden('API keys cannot change documents');
  if (!ctx.viewer) throw unauthenticated();
  if (!DOCUMENT_WRITER_ROLES.includes(ctx.viewer.role)) throw forbidden();
}

/** A document with `id` whose customer the caller may read, or null. */
async function getDocumentInScope(
  ctx: Pick<ServiceContext, 'viewer' | 'apiKey'>,
  db: DbOrTx,
  id: string,
): Promise<CustomerDocumentRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({ document: customerDocumentsTable })
    .from(customerDocumentsTable)
    .innerJoin(customersTable, eq(customersTable.id, customerDocumentsTable.customerId))
    .where(and(eq(customerDocumentsTable.id, id), customerScope(ctx)));
  return row?.document ?? null;
}

/**
 * The documents of each customer, newest first, for `Customer.documents`. Scoped again by the
 * customer rule, so a record reached any other way shows nothing it should not.
 */
export async function documentsOfCustomers(
  ctx: Pick<ServiceContext, 'viewer' | 'apiKey' | 'db'>,
  customerIds: readonly string[],
): Promise<CustomerDocumentRow[][]> {
  const valid = customerIds.filter(isUuid);
  const rows = valid.length
    ? await ctx.db
        .select({ document: customerDocumentsTable })
        .from(customerDocumentsTable)
        .innerJoin(customersTable, eq(customersTable.id, customerDocumentsTable.customerId))
        .where(and(inArray(customerDocumentsTable.customerId, valid), customerScope(ctx)))
        .orderBy(desc(customerDocumentsTable.createdAt), asc(customerDocumentsTable.id))
    : [];
  return manyEach(
    customerIds,
    rows.map((r) => r.document),
    (d) => d.customerId,
  );
}

export interface UploadDocumentInput {
  customerId: string;
  kind: string | null | undefined;
  title: string | null | undefined;
  fileName: string | null | undefined;
  /** The Content-Type the uploader sent. */
  contentType: string | null | undefined;
  /** The Content-Length the uploader announced, when it did. */
  declaredBytes: number | null;
  body: Readable;
}

/**
 * Stores an uploaded file on a customer's record: the bytes through the files adapter under a
 * generated key, then the row and a `customer.document_added` audit entry in one transaction.
 * Everything is checked before a byte is kept: the caller (management, or the record's own
 * student or customer), the fields, the declared type (PDF, JPEG, PNG, WebP, HEIC), the size
 * (at most 10 MB, announced or counted) and the file's first bytes against its type. A refused
 * or failed upload leaves no row and no file.
 * Errors: UNAUTHENTICATED; FORBIDDEN (instructors, API keys); NOT_FOUND for a record outside
 * the caller's scope or merged away; BAD_USER_INPUT with `fields`, and with `reason`
 * FILE_TOO_LARGE, FILE_EMPTY, FILE_TYPE_NOT_ALLOWED or FILE_CONTENT_MISMATCH for the file.
 */
export async function uploadDocument({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: UploadDocumentInput;
}): Promise<CustomerDocumentRow> {
  assertWriter(ctx);
  const problems: Record<string, string> = {};
  const kind = DOCUMENT_KINDS.find((k) => k === input.kind);
  if (!kind) problems.kind = `must be one of ${DOCUMENT_KINDS.join(', ')}`;
  const fileName = cleanFileName(input.fileName);
  if (!fileName) problems.fileName = 'is required (the X-File-Name header)';
  const givenTitle = input.title?.trim() ?? '';
  if (givenTitle.length > 200) problems.title = 'must be at most 200 characters';
  // Without a title, the file's name without its extension ("passport.jpg" → "passport").
  const title = givenTitle || fileName?.replace(/\.[^.]{1,10}$/, '') || fileName;
  if (Object.keys(problems).length) throw badInput(problems);
  const format = declaredFormat(input.contentType);
  if (!format) {
    throw uploadRefused(
      'FILE_TYPE_NOT_ALLOWED',
      'Only PDF, JPEG, PNG, WebP and HEIC files can be uploaded',
    );
  }
  if (input.declaredBytes !== null && input.declaredBytes > MAX_DOCUMENT_BYTES) throw tooLarge();
  if (input.declaredBytes === 0) throw uploadRefused('FILE_EMPTY', 'The file is empty');

  const customer = await getCustomerInScope(ctx, input.customerId);
  if (!customer || customer.mergedIntoId) throw notFound('Customer');

  const files = ctx.deps.platform.files;
  const storageKey = newFileKey('documents');
  const inspector = new UploadInspector(format);
  // The request is piped, not handed over: a refusal must not destroy the connection the
  // answer goes back on.
  input.body.pipe(inspector);
  input.body.once('error', (error) => inspector.destroy(error));
  // The store's pipeline reports a refusal; this only keeps one raised before the store
  // started reading (a tiny file arrives at once) from counting as uncaught.
  inspector.on('error', () => {});
  await files.put(storageKey, inspector, { contentType: DOCUMENT_FORMATS[format] });
  try {
    const now = ctx.now();
    return await withTransaction(ctx.db, async (tx) => {
      const [row] = await tx
        .insert(customerDocumentsTable)
        .values({
          customerId: customer.id,
          kind: kind!,
          title: title!,
          fileName: fileName!,
          contentType: DOCUMENT_FORMATS[format],
          sizeBytes: inspector.sizeBytes,
          sha256: inspector.sha256,
          storageKey,
          uploadedById: ctx.viewer!.userId,
          createdAt: now,
        })
        .returning();
      await auditDocument(tx, ctx, 'customer.document_added', row!, now);
      return row!;
    });
  } catch (error) {
    await files.delete(storageKey).catch((err) => {
      ctx.log.error({ err, storageKey }, 'could not delete the file of a failed upload');
    });
    throw error;
  }
}

/**
 * Removes a document: the row and a `customer.document_removed` audit entry in one
 * transaction, then the file (a file that cannot be deleted is logged, never shown again).
 * Who may: as uploadDocument. Errors: UNAUTHENTICATED; FORBIDDEN; NOT_FOUND outside the
 * caller's scope.
 */
export async function removeDocument({ ctx, id }: { ctx: ServiceContext; id: string }) {
  assertWriter(ctx);
  const now = ctx.now();
  const removed = await withTransaction(ctx.db, async (tx) => {
    const row = await getDocumentInScope(ctx, tx, id);
    if (!row) throw notFound('Document');
    await tx.delete(customerDocumentsTable).where(eq(customerDocumentsTable.id, row.id));
    await auditDocument(tx, ctx, 'customer.document_removed', row, now);
    return row;
  });
  await ctx.deps.platform.files.delete(removed.storageKey).catch((err) => {
    ctx.log.error({ err, storageKey: removed.storageKey }, 'could not delete a removed document');
  });
  return true;
}

/**
 * A document and its bytes for download, when the caller may read its customer's record.
 * Errors: NOT_FOUND for anything else (a missing id, someone else's, a lost file), so ids
 * cannot be probed.
 */
export async function openDocument({ ctx, id }: { ctx: ServiceContext; id: string }) {
  if (!ctx.viewer && !ctx.apiKey) throw unauthenticated();
  const document = await getDocumentInScope(ctx, ctx.db, id);
  if (!document) throw notFound('Document');
  const file = await ctx.deps.platform.files.get(document.storageKey);
  if (!file) {
    ctx.log.error({ documentId: id, storageKey: document.storageKey }, 'document file missing');
    throw notFound('Document');
  }
  return { document, body: file.body, sizeBytes: file.sizeBytes };
}

/** The audit entry of a document change; on the customer, so it shows in their history. */
function auditDocument(
  tx: Tx,
  ctx: ServiceContext,
  action: 'customer.document_added' | 'customer.document_removed',
  row: CustomerDocumentRow,
  now: Date,
) {
  return recordAudit(
    tx,
    actorOf(ctx),
    {
      action,
      entityType: 'customer',
      entityId: row.customerId,
      // The file and its name are personal data: the log keeps what and which, not the bytes.
      data: { documentId: row.id, kind: row.kind, title: row.title, sizeBytes: row.sizeBytes },
    },
    now,
  );
}

/** The download path of a document, on the API's origin. */
export const documentPath = (id: string) => `/files/documents/${id}`;
