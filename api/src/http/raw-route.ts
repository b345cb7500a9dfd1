import type { ErrorCode } from '@plannivo/schema/errors';
import type { Request, Response } from 'express';
import type { ServiceContext } from '../context.js';
import { DomainError } from '../errors.js';
import { pendingLegalDocuments } from '../modules/legal/service.js';

/**
 * What the raw HTTP routes beside `/graphql` (`/files`, `/imports`) share: the consent gate,
 * and errors answered as `{ error: { code, message, ...details } }` with a fitting status.
 * Each route keeps its own checks of the request (content type, body size, its parameters).
 */

/** The HTTP status of each error code on a raw route. */
const STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  BOOKING_CONFLICT: 409,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
} as const satisfies Record<ErrorCode, number>;

/**
 * The same gate as every GraphQL rule: a signed-in user accepts the current terms first.
 * Errors: FORBIDDEN with reason CONSENT_REQUIRED.
 */
export async function requireCurrentTerms(ctx: ServiceContext): Promise<void> {
  if (ctx.viewer && (await pendingLegalDocuments({ ctx })).length > 0) {
    throw new DomainError('FORBIDDEN', 'Accept the current terms to continue', {
      reason: 'CONSENT_REQUIRED',
    });
  }
}

/**
 * A route's error answer: `{ error: { code, message, ...details } }` with the code's status,
 * or the status `statusByReason` gives the error's `reason`. Unknown errors are logged with
 * `logMessage` and answered as INTERNAL_SERVER_ERROR with a generic message. When a request is
 * refused before its body was read to the end, the rest is read and dropped (a client still
 * sending would otherwise see a reset, not the answer) and the connection is closed, so nobody
 * streams the rest of a large file for nothing.
 */
export function errorSender(options: {
  statusByReason: Record<string, number>;
  logMessage: string;
}) {
  return (req: Request, res: Response, error: unknown) => {
    const known = error instanceof DomainError ? error : null;
    if (!known) req.log.error({ err: error }, options.logMessage);
    const code: ErrorCode = known?.code ?? 'INTERNAL_SERVER_ERROR';
    const reason = typeof known?.details.reason === 'string' ? known.details.reason : null;
    const status = (reason && options.statusByReason[reason]) || STATUS[code];
    if (!req.complete) {
      res.set('connection', 'close');
      req.resume();
    }
    if (known?.code === 'RATE_LIMITED' && typeof known.details.retryAfterSeconds === 'number') {
      res.set('retry-after', String(known.details.retryAfterSeconds));
    }
    res.status(status).json({
      error: known
        ? { code, message: known.message, ...known.details }
        : { code, message: 'Something went wrong' },
    });
  };
}

/** The last handler of a raw router: 404 `{ error: { code: 'NOT_FOUND', message } }`. */
export const noSuchRoute = (message: string) => (_req: Request, res: Response) => {
  res.status(404).json({ error: { code: 'NOT_FOUND', message } });
};
