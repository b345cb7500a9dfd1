import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { hashPassword } from '../../auth/passwords.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import { isStaffRole } from '../../auth/viewer.js';
import type { ServiceContext } from '../../context.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput } from '../../errors.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { dispatchMail, queueMail } from '../mail/service.js';
import { passwordResetsTable, usersTable } from './schema.js';
import { assertAcceptablePassword, endSessions } from './service.js';

/** A reset link works once, for this long. */
export const RESET_TTL_MINUTES = 60;

/**
 * Mails a one-time reset link to the account with this email, if there is one. Answers the
 * same either way (no account enumeration); earlier unused links of the account stop working.
 * Errors: RATE_LIMITED after a few requests for one email or from one address.
 */
export async function requestPasswordReset({ ctx, email }: { ctx: ServiceContext; email: string }) {
  const normalised = email.trim().toLowerCase();
  await Promise.all([
    ctx.deps.limits.passwordReset.consume(normalised),
    ctx.deps.limits.loginByIp.consume(ctx.ip ?? 'unknown'),
  ]);
  const [user] = await ctx.db
    .select()
    .from(usersTable)
    .where(eq(sql`lower(${usersTable.email})`, normalised))
    .limit(1);
  if (!user || user.deactivatedAt) {
    ctx.log.info({ event: 'password_reset_unknown' }, 'password reset for no active account');
    return true;
  }
  const now = ctx.now();
  const token = newToken();
  const app = isStaffRole(user.role) ? 'admin' : 'portal';
  const link = `${ctx.deps.config.publicUrl}/${app}/reset-password?token=${token}`;
  const mailId = await withTransaction(ctx.db, async (tx) => {
    await tx
      .update(passwordResetsTable)
      .set({ expiresAt: now })
      .where(
        and(
          eq(passwordResetsTable.userId, user.id),
          isNull(passwordResetsTable.usedAt),
          gt(passwordResetsTable.expiresAt, now),
        ),
      );
    await tx.insert(passwordResetsTable).values({
      userId: user.id,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_TTL_MINUTES * 60_000),
      ip: ctx.ip,
    });
    await recordAudit(
      tx,
      actorOf(ctx),
      { action: 'auth.password_reset_requested', entityType: 'user', entityId: user.id },
      now,
    );
    return queueMail(
      tx,
      {
        to: user.email,
        locale: user.locale,
        template: 'password_reset',
        vars: { name: user.name, link, minutes: RESET_TTL_MINUTES },
      },
      now,
    );
  });
  await dispatchMail(ctx, mailId);
  return true;
}

/**
 * Sets a new password with a reset link's token, uses the token up and ends every session
 * of the account (whoever had the old password is out). Audited.
 * Errors: BAD_USER_INPUT naming `token` (unknown, used or expired) or `newPassword` (policy).
 */
export async function resetPassword({
  ctx,
  token,
  newPassword,
}: {
  ctx: ServiceContext;
  token: string;
  newPassword: string;
}) {
  const now = ctx.now();
  const [found] = await ctx.db
    .select({ reset: passwordResetsTable, user: usersTable })
    .from(passwordResetsTable)
    .innerJoin(usersTable, eq(usersTable.id, passwordResetsTable.userId))
    .where(
      and(
        eq(passwordResetsTable.tokenHash, hashToken(token)),
        isNull(passwordResetsTable.usedAt),
        gt(passwordResetsTable.expiresAt, now),
        isNull(usersTable.deactivatedAt),
      ),
    )
    .limit(1);
  if (!found) throw badInput({ token: 'this link is invalid, used or expired' });
  const { reset, user } = found;
  assertAcceptablePassword(newPassword, user, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  await withTransaction(ctx.db, async (tx) => {
    // Claimed with the update itself: of two concurrent uses, one wins.
    const [claimed] = await tx
      .update(passwordResetsTable)
      .set({ usedAt: now })
      .where(and(eq(passwordResetsTable.id, reset.id), isNull(passwordResetsTable.usedAt)))
      .returning({ id: passwordResetsTable.id });
    if (!claimed) throw badInput({ token: 'this link is invalid, used or expired' });
    await tx
      .update(usersTable)
      .set({ passwordHash, updatedAt: now })
      .where(eq(usersTable.id, user.id));
    const ended = await endSessions(tx, user.id, now, null);
    await recordAudit(
      tx,
      { ...actorOf(ctx), userId: user.id },
      {
        action: 'auth.password_reset',
        entityType: 'user',
        entityId: user.id,
        data: { sessionsEnded: ended },
      },
      now,
    );
  });
  await ctx.deps.limits.loginByEmailAndIp.reset(
    `${user.email.toLowerCase()}|${ctx.ip ?? 'unknown'}`,
  );
  return true;
}
