import { pipeline } from 'node:stream/promises';
import express, { type Request } from 'express';
import type { ServiceContext } from '../../context.js';
import { notFound, unauthenticated } from '../../errors.js';
import { errorSender, noSuchRoute, requireCurrentTerms } from '../../http/raw-route.js';
import { renderRentalContract, type ContractLanguage } from './contract.js';
import { rentalInScope } from './read.js';

const sendError = errorSender({ statusByReason: {}, logMessage: 'rental route failed' });

/** Where a rental's contract and signature are read (`Rental.contractUrl`, `signatureUrl`). */
export const contractPath = (id: string) => `/rentals/${id}/contract.pdf`;
export const signaturePath = (id: string) => `/rentals/${id}/signature.png`;

/**
 * The rental routes, mounted at `/rentals` beside `/graphql` and authenticated the same way
 * (session cookie or Bearer token), for whoever may read the rental (staff; a customer their
 * own): anyone else gets 404, never 403, so ids cannot be probed; nobody signed in gets 401.
 *
 * - `GET /rentals/:id/contract.pdf?lang=tr|en`: the contract as a PDF (the caller's language
 *   unless `lang` says otherwise), inline, never cached.
 * - `GET /rentals/:id/signature.png`: the signature image as drawn.
 */
export function createRentalRoutes(options: { contextFor(req: Request): Promise<ServiceContext> }) {
  const router = express.Router();

  const signedInContext = async (req: Request) => {
    const ctx = await options.contextFor(req);
    if (!ctx.viewer) throw unauthenticated();
    await requireCurrentTerms(ctx);
    return ctx;
  };

  const privateHeaders = {
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cross-origin-resource-policy': 'same-origin',
  };

  router.get('/:id/contract.pdf', async (req, res) => {
    try {
      const ctx = await signedInContext(req);
      const asked = req.query.lang;
      const language: ContractLanguage =
        asked === 'tr' || asked === 'en'
          ? asked
          : ctx.viewer!.locale.startsWith('tr')
            ? 'tr'
            : 'en';
      const { pdf, fileName } = await renderRentalContract({
        ctx,
        id: String(req.params.id),
        language,
      });
      res.set({
        ...privateHeaders,
        'content-type': 'application/pdf',
        'content-length': String(pdf.length),
        'content-disposition': `inline; filename="${fileName}"`,
      });
      res.end(pdf);
    } catch (error) {
      sendError(req, res, error);
    }
  });

  router.get('/:id/signature.png', async (req, res) => {
    try {
      const ctx = await signedInContext(req);
      const rental = await rentalInScope(ctx, String(req.params.id));
      if (!rental) throw notFound('Rental');
      const file = await ctx.deps.platform.files.get(rental.signatureKey);
      if (!file) throw notFound('Signature');
      res.set({
        ...privateHeaders,
        'content-type': 'image/png',
        'content-length': String(file.sizeBytes),
      });
      await pipeline(file.body, res);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendError(req, res, error);
    }
  });

  router.use(noSuchRoute('No such rental route'));
  return router;
}
