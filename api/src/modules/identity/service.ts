import { and, desc, eq, gt, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { isUuid } from '../../ids.js';
import { hashPassword, verifyPassword } from '../../auth/passwords.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import { isStaffRole, type Viewer } from '../../auth/viewer.js';
import type { AppDeps, ServiceContext } from '../../context.js';
import type { DbOrTx, Tx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { badInput, DomainError, notFound, sqlState, unauthenticated } from '../../errors.js';
import { createOwnCustomer } from '../customers/service.js';
import { dispatchMail, queueMail } from '../mail/service.js';
import { passwordRefusal } from '../../auth/password-policy.js';
import { isCommonPassword } from '../../auth/common-passwords.js';
import { sessionsTable, usersTable, type Role, type UserRow } from './schema.js';
import { EMAIL_PATTERN } from '../../validation.js';

export const SUPPORTED_LOCALES = ['tr', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long a session lives. Staff hold the keys to money and children's records: short idle
 * and absolute limits. Students and customers sign in on their own phones, mostly to check a
 * lesson time: long limits, so the portal does not ask for a password at every visit.
 */
export const SESSION_POLICY = {
  staff: { idleMs: 30 * MINUTE, absoluteMs: 12 * HOUR },
  member: { idleMs: 14 * DAY, absoluteMs: 60 * DAY },
} as const;

/** lastUsedAt is written at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = MINUTE;

export const sessionPolicyFor = (role: Role) =>
  isStaffRole(role) ? SESSION_POLICY.staff : SESSION_POLICY.member;

export interface LoginInput {
  email: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

/**
 * Signs a user in with email and password and opens a session.
 * Errors: UNAUTHENTICATED for an unknown email or a wrong password alike (same message, same
 * time); RATE_LIMITED after too many attempts for one email from one address.
 */
export async function login({ ctx, input }: { ctx: ServiceContext; input: LoginInput }) {
  const email = input.email.trim().toLowerCase();
  const ip = input.ip ?? 'unknown';
  // Every attempt counts, aliases in one document included: the limiter runs per call.
  const { loginByEmailAndIp, loginByIp, loginByEmail } = ctx.deps.limits;
  await Promise.all([
    loginByEmailAndIp.consume(`${email}|${ip}`),
    loginByIp.consume(ip),
    loginByEmail.consume(email),
  ]);
  const [user] = await ctx.db
    .select()
    .from(usersTable)
    .where(eq(sql`lower(${usersTable.email})`, email))
    .limit(1);
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  const now = ctx.now();
  if (!user || !ok) {
    ctx.log.info({ event: 'login_failed' }, 'login failed');
    // Its own transaction: the failure is recorded although the call then fails.
    await withTransaction(ctx.db, (tx) =>
      recordAudit(
        tx,
        // Whoever tried is unknown: the targeted account is the entity, not the actor.
        actorOf(ctx),
        { action: 'auth.login_failed', entityType: 'user', entityId: user?.id, data: { email } },
        now,
      ),
    );
    throw new DomainError('UNAUTHENTICATED', 'Email or password is incorrect');
  }
  if (user.deactivatedAt) {
    // Told only to someone who knows the password: nothing is revealed to a guesser.
    throw new DomainError('UNAUTHENTICATED', 'This account has been deactivated');
  }
  const session = await withTransaction(ctx.db, (tx) =>
    openSession(tx, ctx, user, { ip: input.ip, userAgent: input.userAgent }, 'auth.login'),
  );
  await loginByEmailAndIp.reset(`${email}|${ip}`);
  ctx.log.info({ event: 'login', userId: user.id }, 'login succeeded');
  return session;
}

/**
 * Opens a session for `user` inside the caller's transaction and audits it as `action`
 * (auth.login, auth.registered, invitation.accepted). Returns the token, shown only here.
 */
export async function openSession(
  tx: Tx,
  ctx: ServiceContext,
  user: UserRow,
  client: { ip: string | null; userAgent: string | null },
  action: string,
) {
  const now = ctx.now();
  const token = newToken();
  const expiresAt = new Date(now.getTime() + sessionPolicyFor(user.role).absoluteMs);
  const [session] = await tx
    .insert(sessionsTable)
    .values({
      userId: user.id,
      tokenHash: hashToken(token),
      createdAt: now,
      lastUsedAt: now,
      expiresAt,
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 400) ?? null,
    })
    .returning({ id: sessionsTable.id });
  const [updated] = await tx
    .update(usersTable)
    .set({ lastLoginAt: now })
    .where(eq(usersTable.id, user.id))
    .returning();
  await recordAudit(
    tx,
    { ...actorOf(ctx), userId: user.id },
    { action, entityType: 'user', entityId: user.id, data: { sessionId: session!.id } },
    now,
  );
  return { token, expiresAt, user: updated ?? user };
}

/** Ends the caller's session. Returns false when there was none. */
export async function logout({ ctx }: { ctx: ServiceContext }) {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  await withTransaction(ctx.db, async (tx) => {
    await tx
      .update(sessionsTable)
      .set({ revokedAt: ctx.now() })
      .where(eq(sessionsTable.id, viewer.sessionId));
    await recordAudit(
      tx,
      actorOf(ctx),
      { action: 'auth.logout', entityType: 'session', entityId: viewer.sessionId },
      ctx.now(),
    );
  });
  return true;
}

/** The caller's sessions that still work, most recently used first; `current` marks this one. */
export async function listMySessions({ ctx }: { ctx: ServiceContext }) {
  if (!ctx.viewer) throw unauthenticated();
  const viewer = ctx.viewer;
  const now = ctx.now();
  const policy = sessionPolicyFor(viewer.role);
  const rows = await ctx.db
    .select()
    .from(sessionsTable)
    .where(
      and(
        eq(sessionsTable.userId, viewer.userId),
        isNull(sessionsTable.revokedAt),
        gt(sessionsTable.expiresAt, now),
      ),
    )
    .orderBy(desc(sessionsTable.lastUsedAt));
  return rows
    .filter((row) => row.lastUsedAt.getTime() + policy.idleMs > now.getTime())
    .map((row) => ({ ...row, current: row.id === viewer.sessionId }));
}

/**
 * Ends one of the caller's sessions (a lost phone, a shared computer).
 * Errors: NOT_FOUND for a session that is not the caller's, or already ended.
 */
export async function revokeSession({ ctx, id }: { ctx: ServiceContext; id: string }) {
  if (!ctx.viewer) throw unauthenticated();
  const viewer = ctx.viewer;
  if (!isUuid(id)) throw notFound('Session');
  await withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .update(sessionsTable)
      .set({ revokedAt: ctx.now() })
      .where(
        and(
          eq(sessionsTable.id, id),
          eq(sessionsTable.userId, viewer.userId),
          isNull(sessionsTable.revokedAt),
        ),
      )
      .returning({ id: sessionsTable.id });
    if (!row) throw notFound('Session');
    await recordAudit(
      tx,
      actorOf(ctx),
      { action: 'auth.session_revoked', entityType: 'session', entityId: id },
      ctx.now(),
    );
  });
  return true;
}

/** Ends every session of the caller but this one; returns how many ended. */
export async function revokeOtherSessions({ ctx }: { ctx: ServiceContext }) {
  if (!ctx.viewer) throw unauthenticated();
  const viewer = ctx.viewer;
  return withTransaction(ctx.db, async (tx) => {
    const ended = await endSessions(tx, viewer.userId, ctx.now(), viewer.sessionId);
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'auth.sessions_revoked',
        entityType: 'user',
        entityId: viewer.userId,
        data: { count: ended },
      },
      ctx.now(),
    );
    return ended;
  });
}

/**
 * Changes the caller's password and ends all their other sessions (whoever knew the old
 * password is signed out). Errors: BAD_USER_INPUT naming `currentPassword` (wrong) or
 * `newPassword` (policy); RATE_LIMITED after repeated wrong current passwords.
 */
export async function changePassword({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { currentPassword: string; newPassword: string };
}) {
  if (!ctx.viewer) throw unauthenticated();
  const viewer = ctx.viewer;
  const [user] = await ctx.db.select().from(usersTable).where(eq(usersTable.id, viewer.userId));
  if (!user) throw unauthenticated();
  const key = `${user.email.toLowerCase()}|${ctx.ip ?? 'unknown'}`;
  await ctx.deps.limits.loginByEmailAndIp.consume(key);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw badInput({ currentPassword: 'is not your current password' });
  }
  assertAcceptablePassword(input.newPassword, user, 'newPassword');
  if (input.newPassword === input.currentPassword)
    throw badInput({ newPassword: 'must differ from the current one' });
  const passwordHash = await hashPassword(input.newPassword);
  await withTransaction(ctx.db, async (tx) => {
    await tx
      .update(usersTable)
      .set({ passwordHash, updatedAt: ctx.now() })
      .where(eq(usersTable.id, user.id));
    const ended = await endSessions(tx, user.id, ctx.now(), viewer.sessionId);
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'auth.password_changed',
        entityType: 'user',
        entityId: user.id,
        data: { sessionsEnded: ended },
      },
      ctx.now(),
    );
  });
  await ctx.deps.limits.loginByEmailAndIp.reset(key);
  return true;
}

/** Revokes a user's live sessions, except `keep`; returns how many. */
export async function endSessions(tx: DbOrTx, userId: string, now: Date, keep: string | null) {
  const ended = await tx
    .update(sessionsTable)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessionsTable.userId, userId),
        isNull(sessionsTable.revokedAt),
        keep ? ne(sessionsTable.id, keep) : undefined,
      ),
    )
    .returning({ id: sessionsTable.id });
  return ended.length;
}

/** The signed-in user, or null for anonymous callers. */
export async function getMe({ ctx }: { ctx: ServiceContext }): Promise<UserRow | null> {
  if (!ctx.viewer) return null;
  const [user] = await ctx.db.select().from(usersTable).where(eq(usersTable.id, ctx.viewer.userId));
  return user ?? null;
}

/**
 * Stores the caller's interface language.
 * Errors: UNAUTHENTICATED when anonymous; BAD_USER_INPUT for a language we do not speak.
 */
export async function setMyLocale({ ctx, locale }: { ctx: ServiceContext; locale: string }) {
  if (!ctx.viewer) throw unauthenticated();
  if (!(SUPPORTED_LOCALES as readonly string[]).includes(locale)) {
    throw badInput({ locale: `must be one of ${SUPPORTED_LOCALES.join(', ')}` });
  }
  const [user] = await ctx.db
    .update(usersTable)
    .set({ locale, updatedAt: ctx.now() })
    .where(eq(usersTable.id, ctx.viewer.userId))
    .returning();
  return user!;
}

/**
 * The viewer a session token stands for, or null when the token is unknown, revoked, past
 * its absolute expiry or idle for too long. Refreshes the session's last use.
 */
export async function resolveViewer(db: DbOrTx, token: string, now: Date): Promise<Viewer | null> {
  const [row] = await db
    .select({ session: sessionsTable, user: usersTable })
    .from(sessionsTable)
    .innerJoin(usersTable, eq(usersTable.id, sessionsTable.userId))
    .where(
      and(
        eq(sessionsTable.tokenHash, hashToken(token)),
        isNull(sessionsTable.revokedAt),
        isNull(usersTable.deactivatedAt),
      ),
    )
    .limit(1);
  if (!row) return null;
  const { session, user } = row;
  const idleLimit = session.lastUsedAt.getTime() + sessionPolicyFor(user.role).idleMs;
  if (session.expiresAt <= now || idleLimit <= now.getTime()) return null;
  if (now.getTime() - session.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessionsTable).set({ lastUsedAt: now }).where(eq(sessionsTable.id, session.id));
  }
  return { userId: user.id, role: user.role, locale: user.locale, sessionId: session.id };
}

/** Deletes sessions past their absolute expiry or revoked more than a day ago. */
export async function purgeExpiredSessions(deps: Pick<AppDeps, 'db'>, now: Date) {
  const dayAgo = new Date(now.getTime() - DAY);
  const deleted = await deps.db
    .delete(sessionsTable)
    .where(or(lt(sessionsTable.expiresAt, now), lt(sessionsTable.revokedAt, dayAgo)))
    .returning({ id: sessionsTable.id });
  return deleted.length;
}

/** Creates a user with a password; used by the seed and tests (sign-up arrives later). */
export async function createUserWithPassword(
  db: DbOrTx,
  input: { email: string; name: string; role: Role; locale?: Locale; password: string },
) {
  const [user] = await db
    .insert(usersTable)
    .values({
      email: input.email.trim(),
      name: input.name,
      role: input.role,
      locale: input.locale ?? 'en',
      passwordHash: await hashPassword(input.password),
    })
    .returning();
  return user!;
}

/** Normalised email, or BAD_USER_INPUT naming `field`. */
export function cleanEmail(email: string, field = 'email') {
  const value = email.trim();
  if (!EMAIL_PATTERN.test(value) || value.length > 254)
    throw badInput({ [field]: 'is not an email address' });
  return value;
}

/** The reason a new password is refused for this account, as BAD_USER_INPUT naming `field`. */
export function assertAcceptablePassword(
  password: string,
  account: { email: string; name?: string | null },
  field = 'password',
) {
  const refusal = passwordRefusal(password, account, isCommonPassword);
  if (refusal) {
    throw new DomainError('BAD_USER_INPUT', 'The password is not accepted', {
      fields: { [field]: refusal.message },
      reasons: { [field]: refusal.reason },
    });
  }
}

/** Whether an account with this email exists, regardless of case. */
export async function emailTaken(db: DbOrTx, email: string) {
  const [row] = await db
    .select({ id: usersTable.id })
    .from(usersTable)
    .where(eq(sql`lower(${usersTable.email})`, email.toLowerCase()))
    .limit(1);
  return Boolean(row);
}

export interface RegisterInput {
  email: string;
  password: string;
  name: string;
  locale?: string | null;
  ip: string | null;
  userAgent: string | null;
}

/**
 * Portal sign-up: creates a STUDENT account with its own customer record, signs it in and
 * queues a welcome mail. The new user still has to accept the current terms.
 * Errors: BAD_USER_INPUT (email, name, password policy, locale); CONFLICT when the email is
 * registered already; RATE_LIMITED after many sign-ups from one address.
 */
export async function registerCustomer({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RegisterInput;
}) {
  await ctx.deps.limits.loginByIp.consume(input.ip ?? 'unknown');
  const email = cleanEmail(input.email);
  const name = input.name.trim();
  if (!name || name.length > 200) throw badInput({ name: 'must be 1 to 200 characters' });
  const locale = input.locale ?? 'en';
  if (!(SUPPORTED_LOCALES as readonly string[]).includes(locale)) {
    throw badInput({ locale: `must be one of ${SUPPORTED_LOCALES.join(', ')}` });
  }
  assertAcceptablePassword(input.password, { email, name });
  if (await emailTaken(ctx.db, email)) {
    throw new DomainError(
      'CONFLICT',
      'An account with this email exists; sign in or reset the password',
      {
        fields: { email: 'is registered already' },
      },
    );
  }
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  let mailId: string | null = null;
  try {
    const session = await withTransaction(ctx.db, async (tx) => {
      const [user] = await tx
        .insert(usersTable)
        .values({
          email,
          name,
          role: 'STUDENT',
          locale,
          passwordHash,
          onboardingStep: 'PROFILE',
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await createOwnCustomer(tx, user!, now);
      mailId = await queueMail(
        tx,
        {
          to: email,
          locale,
          template: 'welcome',
          vars: { name, link: `${ctx.deps.config.publicUrl}/portal/` },
        },
        now,
      );
      return openSession(tx, ctx, user!, input, 'auth.registered');
    });
    if (mailId) await dispatchMail(ctx, mailId);
    return session;
  } catch (error) {
    // Two sign-ups with one address at once: the unique index decides.
    if (sqlState(error) === '23505') {
      throw new DomainError(
        'CONFLICT',
        'An account with this email exists; sign in or reset the password',
        {
          fields: { email: 'is registered already' },
        },
      );
    }
    throw error;
  }
}

/** The steps of the portal's guided onboarding, in order; DONE when finished or skipped. */
export const ONBOARDING_STEPS = ['PROFILE', 'SKILLS', 'EMERGENCY', 'PREFERENCES', 'DONE'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

/**
 * Records where the caller is in the onboarding, so a new visit resumes there.
 * Errors: BAD_USER_INPUT for an unknown step.
 */
export async function setOnboardingStep({ ctx, step }: { ctx: ServiceContext; step: string }) {
  if (!ctx.viewer) throw unauthenticated();
  if (!(ONBOARDING_STEPS as readonly string[]).includes(step)) {
    throw badInput({ step: `must be one of ${ONBOARDING_STEPS.join(', ')}` });
  }
  const [user] = await ctx.db
    .update(usersTable)
    .set({ onboardingStep: step, updatedAt: ctx.now() })
    .where(eq(usersTable.id, ctx.viewer.userId))
    .returning();
  return user!;
}
