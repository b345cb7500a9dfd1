import express, { type Request } from 'express';
import type { ServiceContext } from '../../context.js';
import { notFound, unauthenticated } from '../../errors.js';
import { errorSender, noSuchRoute, requireCurrentTerms } from '../../http/raw-route.js';
import { invoicePdf } from './document.js';
import { pdfFileName } from './pdf.js';
import { invoiceInScope } from './read.js';

const sendError = errorSender({ statusByReason: {}, logMessage: 'invoice route failed' });

/** Where a document's PDF is read (`Invoice.pdfUrl`). */
export const invoicePath = (id: string) => `/invoices/${id}.pdf`;

/**
 * The invoice routes, mounted at `/invoices` beside `/graphql` and authenticated the same way
 * (session cookie or Bearer token), for whoever may read the document (management; a student
 * or customer their own and their dependents'): anyone else gets 404, never 403, so ids cannot
 * be probed; nobody signed in gets 401.
 *
 * - `GET /invoices/:id.pdf`: the document's PDF as issued (its own language), inline, or as a
 *   download with `?download=1`; never cached.
 */
export function createInvoiceRoutes(options: {
  contextFor(req: Request): Promise<ServiceContext>;
}) {
  const router = express.Router();

  router.get('/:id.pdf', async (req, res) => {
    try {
      const ctx = await options.contextFor(req);
      if (!ctx.viewer) throw unauthenticated();
      await requireCurrentTerms(ctx);
      const row = await invoiceInScope(ctx, String(req.params.id));
      if (!row) throw notFound('Invoice');
      const pdf = await invoicePdf(ctx, row);
      const disposition = req.query.download === '1' ? 'attachment' : 'inline';
      res.set({
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'cross-origin-resource-policy': 'same-origin',
        'content-type': 'application/pdf',
        'content-length': String(pdf.length),
        'content-disposition': `${disposition}; filename="${pdfFileName(row)}"`,
      });
      res.end(pdf);
    } catch (error) {
      sendError(req, res, error);
    }
  });

  router.use(noSuchRoute('No such invoice route'));
  return router;
}
