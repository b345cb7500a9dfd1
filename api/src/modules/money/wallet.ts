import type { ServiceContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { getCustomerInScope } from '../customers/service.js';
import { isManagement } from '../bookings/scope.js';
import { walletBalances, walletLines } from './ledger.js';

/**
 * A customer's wallet: balances per currency (sums of the ledger) and the latest lines.
 * Management see any wallet; a student or customer their own and their dependents'.
 * Errors: NOT_FOUND outside the caller's scope (instructors see no wallet).
 */
export async function getWallet({
  ctx,
  customerId,
  lineCount = 30,
}: {
  ctx: ServiceContext;
  customerId: string;
  lineCount?: number;
}) {
  const allowed =
    isManagement(ctx) ||
    ctx.viewer?.role === 'STUDENT' ||
    ctx.viewer?.role === 'CUSTOMER' ||
    !!ctx.apiKey;
  const customer = allowed ? await getCustomerInScope(ctx, customerId) : null;
  if (!customer) throw notFound('Customer');
  const [balances, lines] = await Promise.all([
    walletBalances(ctx.db, [customer.id]),
    walletLines(ctx.db, customer.id, { limit: Math.min(Math.max(lineCount, 0), 200) }),
  ]);
  return { customer, balances: balances.get(customer.id) ?? [], lines };
}
