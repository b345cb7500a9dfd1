import { pipeline } from 'node:stream/promises';
import express, { type Request } from 'express';
import type { ServiceContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import { errorSender, noSuchRoute, requireCurrentTerms } from '../../http/raw-route.js';
import type { CustomerDocumentRow } from './schema.js';
import { documentPath, openDocument, uploadDocument } from './service.js';

/** Error answers; refused uploads get a more telling status than 400. */
const sendError = errorSender({
  statusByReason: {
    FILE_TOO_LARGE: 413,
    FILE_TYPE_NOT_ALLOWED: 415,
    FILE_CONTENT_MISMATCH: 415,
  },
  logMessage: 'file route failed',
});

/** The header naming the uploaded file (URI-encoded, so any name survives a header). */
export const FILE_NAME_HEADER = 'x-file-name';

/**
 * The file routes, mounted at `/files` beside `/graphql` and authenticated the same way
 * (Bearer token or session cookie, API keys with their rate limit):
 *
 * - `POST /files/customers/:customerId/documents?kind=ID_DOCUMENT&title=…` with the file as
 *   the raw body, its type as Content-Type and its name in `X-File-Name`. Answers 201
 *   `{ document }` or `{ error: { code, message, reason?, fields? } }`. CSRF-safe as Apollo's
 *   csrfPrevention is: the custom header and the accepted types (never a form's
 *   `text/plain`, `multipart/form-data` or `application/x-www-form-urlencoded`) both force a
 *   browser to ask first, and no cross-origin request is ever allowed.
 * - `GET /files/documents/:id`: the bytes, as an attachment that is never cached, sniffed or
 *   run, to callers who may read the customer's record; 404 for anyone else.
 */
export function createFileRoutes(options: {
  /** The service context of a request (who calls, with the request's id, log and address). */
  contextFor(req: Request): Promise<ServiceContext>;
}) {
  const router = express.Router();

  /** The caller's context; UNAUTHENTICATED/RATE_LIMITED from resolving the token pass on. */
  const signedInContext = async (req: Request) => {
    const ctx = await options.contextFor(req);
    await requireCurrentTerms(ctx);
    return ctx;
  };

  router.post('/customers/:customerId/documents', async (req, res) => {
    try {
      const header = req.get(FILE_NAME_HEADER);
      if (header === undefined) {
        throw new DomainError('BAD_USER_INPUT', `Send the file's name in ${FILE_NAME_HEADER}`, {
          fields: { fileName: `is required (the ${FILE_NAME_HEADER} header)` },
        });
      }
      const ctx = await signedInContext(req);
      const length = req.get('content-length');
      const document = await uploadDocument({
        ctx,
        input: {
          customerId: String(req.params.customerId),
          kind: queryString(req, 'kind'),
          title: queryString(req, 'title'),
          fileName: decodeHeader(header),
          contentType: req.get('content-type'),
          declaredBytes: length && /^\d+$/.test(length) ? Number(length) : null,
          body: req,
        },
      });
      res.status(201).json({ document: documentJson(document) });
    } catch (error) {
      sendError(req, res, error);
    }
  });

  router.get('/documents/:id', async (req, res) => {
    try {
      const ctx = await signedInContext(req);
      const { document, body, sizeBytes } = await openDocument({ ctx, id: String(req.params.id) });
      // Sets Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266).
      res.attachment(document.fileName);
      res.set({
        'content-type': document.contentType,
        'content-length': String(sizeBytes),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
        // Opened directly anyway, the file can run nothing and reach nothing.
        'content-security-policy': "default-src 'none'; sandbox",
        'cross-origin-resource-policy': 'same-origin',
      });
      await pipeline(body, res);
    } catch (error) {
      if (res.headersSent) {
        req.log.error({ err: error }, 'document download failed midway');
        res.destroy();
        return;
      }
      sendError(req, res, error);
    }
  });

  router.use(noSuchRoute('No such file route'));
  return router;
}

const queryString = (req: Request, name: string) => {
  const value = req.query[name];
  return typeof value === 'string' ? value : null;
};

/** The header's value URI-decoded; a malformed encoding counts as no name. */
function decodeHeader(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** A document as the upload answers it; the same fields as the GraphQL type. */
export function documentJson(row: CustomerDocumentRow) {
  return {
    id: row.id,
    customerId: row.customerId,
    kind: row.kind,
    title: row.title,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
    url: documentPath(row.id),
  };
}
