import express, { type NextFunction, type Request, type Response } from 'express';
import { MANAGEMENT_ROLES } from '../../auth/viewer.js';
import type { ServiceContext } from '../../context.js';
import { DomainError, forbidden, unauthenticated } from '../../errors.js';
import { errorSender, noSuchRoute, requireCurrentTerms } from '../../http/raw-route.js';
import { MAX_IMPORT_BYTES, tooLarge } from './csv.js';
import { fileRefusal } from './report.js';
import { importFile, type ImportKind } from './service.js';

/** Error answers; refused files get a more telling status than 400. */
const sendError = errorSender({
  statusByReason: { CSV_TOO_LARGE: 413, UNSUPPORTED_MEDIA_TYPE: 415 },
  logMessage: 'import route failed',
});

const KINDS: Record<string, ImportKind> = {
  customers: 'CUSTOMERS',
  packages: 'PACKAGES',
  equipment: 'EQUIPMENT',
};

/**
 * The import route, mounted at `/imports` beside `/graphql` so files above the 1 MB GraphQL
 * body limit (up to 20 MB, 50,000 rows) can be imported:
 *
 * `POST /imports/:kind?dryRun=true|false&allOrNothing=true|false` (`customers`, `packages`
 * or `equipment`) with the CSV file as the raw body and `Content-Type: text/csv` (a charset, if
 * given, must be UTF-8). Authenticated as /graphql is (session cookie or Bearer token) and
 * allowed to the roles of the `importCustomers`/`importPackages`/`importEquipment` mutations (ADMIN, MANAGER;
 * no API keys), after the current terms are accepted. Answers 200 with the import report
 * (the mutations' `ImportReport` as JSON), or `{ error: { code, message, reason?, columns? } }`
 * with 400, 401, 403, 404, 413 (over 20 MB), 415 (not text/csv) or 429.
 *
 * CSRF-safe: `text/csv` is not a type an HTML form can send, so a cross-site request needs a
 * CORS preflight, which this API never grants.
 */
export function createImportRoutes(options: {
  /** The service context of a request (who calls, with the request's id, log and address). */
  contextFor(req: Request): Promise<ServiceContext>;
}) {
  const router = express.Router();

  /** Who may import, checked before the body is read: nobody streams 20 MB for a 401. */
  const authorise = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const name = String(req.params.kind);
      const kind = Object.hasOwn(KINDS, name) ? KINDS[name] : undefined;
      if (!kind) {
        throw new DomainError(
          'NOT_FOUND',
          'No such import: use /imports/customers, /imports/packages or /imports/equipment',
        );
      }
      const ctx = await options.contextFor(req);
      if (ctx.apiKey) throw forbidden();
      if (!ctx.viewer) throw unauthenticated();
      if (!MANAGEMENT_ROLES.includes(ctx.viewer.role)) throw forbidden();
      await requireCurrentTerms(ctx);
      const type = req.get('content-type') ?? '';
      const [mediaType = '', ...params] = type.split(';').map((p) => p.trim().toLowerCase());
      const charset = params
        .find((p) => p.startsWith('charset='))
        ?.slice(8)
        .replace(/"/g, '');
      if (mediaType !== 'text/csv' || (charset && charset !== 'utf-8' && charset !== 'utf8')) {
        throw new DomainError('BAD_USER_INPUT', 'Send the file as text/csv (UTF-8)', {
          reason: 'UNSUPPORTED_MEDIA_TYPE',
          fields: { contentType: 'must be text/csv' },
        });
      }
      res.locals.importJob = {
        ctx,
        kind,
        dryRun: flag(req, 'dryRun', null),
        allOrNothing: flag(req, 'allOrNothing', false),
      };
      next();
    } catch (error) {
      sendError(req, res, error);
    }
  };

  router.post(
    '/:kind',
    authorise,
    // Raw bytes: csv.ts decodes them strictly (a non-UTF-8 file is refused, not garbled).
    express.raw({ type: () => true, limit: MAX_IMPORT_BYTES }),
    async (req, res) => {
      try {
        const job = res.locals.importJob as {
          ctx: ServiceContext;
          kind: ImportKind;
          dryRun: boolean;
          allOrNothing: boolean;
        };
        const body: unknown = req.body;
        const file = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
        const report = await importFile(job.kind, {
          ctx: job.ctx,
          file,
          dryRun: job.dryRun,
          allOrNothing: job.allOrNothing,
        });
        res.set('cache-control', 'no-store').json(report);
      } catch (error) {
        sendError(req, res, error);
      }
    },
  );

  // Errors of the body parser: the file is over 20 MB, or the upload broke off.
  router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') return sendError(req, res, fileRefusal(tooLarge()));
    if (type) {
      return sendError(
        req,
        res,
        new DomainError('BAD_USER_INPUT', 'The upload could not be read; send it again', {
          reason: 'UPLOAD_FAILED',
        }),
      );
    }
    next(error);
  });

  router.use(
    noSuchRoute('No such import: POST /imports/customers, /imports/packages or /imports/equipment'),
  );
  return router;
}

/** A true/false query parameter; `fallback` when absent (null: it must be given). */
function flag(req: Request, name: string, fallback: boolean | null): boolean {
  const value = req.query[name];
  if (value === undefined && fallback !== null) return fallback;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new DomainError('BAD_USER_INPUT', `Give ${name}=true or ${name}=false`, {
    fields: { [name]: 'must be true or false' },
  });
}
