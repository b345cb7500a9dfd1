import express, { type Request } from 'express';
import type { ServiceContext } from '../../context.js';
import { badInput, unauthenticated } from '../../errors.js';
import { errorSender, noSuchRoute, requireCurrentTerms } from '../../http/raw-route.js';
import type { Granularity } from './buckets.js';
import { dashboardCsv } from './csv.js';
import { dashboardPdf } from './pdf.js';
import { financeDashboard, type FinanceDashboardInput } from './service.js';
import type { ExportLanguage } from './words.js';

const sendError = errorSender({ statusByReason: {}, logMessage: 'finance export failed' });

/**
 * The dashboard's filters from a query string: each at most once (`?from=a&from=b` is
 * refused), granularity DAY when absent; the service checks the values.
 * Errors: BAD_USER_INPUT naming a repeated parameter.
 */
function filtersOf(req: Request): FinanceDashboardInput {
  const value = (name: 'locationId' | 'currency' | 'from' | 'to' | 'granularity') => {
    const raw = req.query[name];
    if (raw === undefined || raw === '') return null;
    if (typeof raw !== 'string') throw badInput({ [name]: 'is given more than once' });
    return raw;
  };
  return {
    locationId: value('locationId'),
    currency: value('currency'),
    from: value('from') ?? '',
    to: value('to') ?? '',
    granularity: (value('granularity') ?? 'DAY') as Granularity,
  };
}

/** Where the admin app downloads an export of the filters it shows. */
export const exportPath = (format: 'csv' | 'pdf') => `/finance/dashboard.${format}`;

/**
 * The finance exports, mounted at `/finance` beside `/graphql` and authenticated the same way
 * (session cookie or Bearer token), for managers and administrators; nobody signed in gets
 * 401, anyone else 403, bad filters 400 with the fields.
 *
 * - `GET /finance/dashboard.csv?from=&to=&granularity=&locationId=&currency=&lang=tr|en`
 * - `GET /finance/dashboard.pdf?…` the same as a PDF report with a chart.
 *
 * Both are downloads (attachment), never cached; labels in `lang`, else the caller's language.
 */
export function createFinanceRoutes(options: {
  contextFor(req: Request): Promise<ServiceContext>;
}) {
  const router = express.Router();

  const signedInContext = async (req: Request) => {
    const ctx = await options.contextFor(req);
    if (!ctx.viewer && !ctx.apiKey) throw unauthenticated();
    await requireCurrentTerms(ctx);
    return ctx;
  };
  const languageOf = (req: Request, ctx: ServiceContext): ExportLanguage => {
    const asked = req.query.lang;
    if (asked === 'tr' || asked === 'en') return asked;
    return ctx.viewer?.locale.startsWith('tr') ? 'tr' : 'en';
  };
  const fileName = (input: FinanceDashboardInput, format: 'csv' | 'pdf') =>
    `finance-${input.from}-${input.to}.${format}`;
  const headers = {
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'same-origin',
  };

  router.get('/dashboard.csv', async (req, res) => {
    try {
      const ctx = await signedInContext(req);
      const input = filtersOf(req);
      const dashboard = await financeDashboard({ ctx, input });
      const body = Buffer.from(dashboardCsv(dashboard, languageOf(req, ctx), ctx.now()), 'utf8');
      res.set({
        ...headers,
        'content-type': 'text/csv; charset=utf-8',
        'content-length': String(body.length),
        'content-disposition': `attachment; filename="${fileName(input, 'csv')}"`,
      });
      res.end(body);
    } catch (error) {
      sendError(req, res, error);
    }
  });

  router.get('/dashboard.pdf', async (req, res) => {
    try {
      const ctx = await signedInContext(req);
      const input = filtersOf(req);
      const dashboard = await financeDashboard({ ctx, input });
      const pdf = await dashboardPdf(dashboard, languageOf(req, ctx), ctx.now());
      res.set({
        ...headers,
        'content-type': 'application/pdf',
        'content-length': String(pdf.length),
        'content-disposition': `attachment; filename="${fileName(input, 'pdf')}"`,
      });
      res.end(pdf);
    } catch (error) {
      sendError(req, res, error);
    }
  });

  router.use(noSuchRoute('No such finance route'));
  return router;
}
