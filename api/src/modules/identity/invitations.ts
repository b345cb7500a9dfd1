import { and, desc, eq, gt, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { hashPassword } from '../../auth/passwords.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import { isStaffRole } from '../../auth/viewer.js';
import type { ServiceContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, notFound, sqlState } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { dispatchMail, queueMail } from '../mail/service.js';
import { invitationsTable, usersTable, type InvitationRow, type Role } from './schema.js';
import { assertAcceptablePassword, cleanEmail, emailTaken, openSession } from './service.js';
import { assertLocations, setUserLocations } from './users.js';

/** An invitation link works for a week. */
export const INVITATION_TTL_DAYS = 7;

export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'EXPIRED', 'REVOKED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export function invitationStatus(row: InvitationRow, now: Date): InvitationStatus {
  if (row.acceptedAt) return 'ACCEPTED';
  if (row.revokedAt) return 'REVOKED';
  return row.expiresAt <= now ? 'EXPIRED' : 'PENDING';
}

const statusCondition = (status: InvitationStatus, now: Date): SQL | undefined =>
  ({
    ACCEPTED: isNotNull(invitationsTable.acceptedAt),
    REVOKED: and(isNull(invitationsTable.acceptedAt), isNotNull(invitationsTable.revokedAt)),
    EXPIRED: and(
      isNull(invitationsTable.acceptedAt),
      isNull(invitationsTable.revokedAt),
      lte(invitationsTable.expiresAt, now),
    ),
    PENDING: and(
      isNull(invitationsTable.acceptedAt),
      isNull(invitationsTable.revokedAt),
      gt(invitationsTable.expiresAt, now),
    ),
  })[status];

export interface InviteStaffInput {
  email: string;
  name: string;
  role: Role;
  locationIds: string[];
}

/** Queues the invitation mail with a fresh link; returns the mail id. */
async function mailInvitation(
  ctx: ServiceContext,
  tx: Tx,
  row: InvitationRow,
  token: string,
  now: Date,
) {
  const [inviter] = ctx.viewer
    ? await tx.select().from(usersTable).where(eq(usersTable.id, ctx.viewer.userId))
    : [];
  return queueMail(
    tx,
    {
      to: row.email,
      locale: inviter?.locale ?? 'en',
      template: 'invitation',
      vars: {
        name: row.name,
        inviterName: inviter?.name ?? 'Plannivo',
        role: row.role,
        link: `${ctx.deps.config.publicUrl}/admin/accept-invitation?token=${token}`,
        days: INVITATION_TTL_DAYS,
      },
    },
    now,
  );
}

/**
 * Invites a staff member by email with a role and locations (admins) and mails the link.
 * An expired invitation for the same address is replaced. Audited.
 * Errors: BAD_USER_INPUT (email, name, a role that is not staff, unknown location);
 * CONFLICT when the address has an account or a pending invitation.
 */
export async function inviteStaff({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: InviteStaffInput;
}) {
  const email = cleanEmail(input.email);
  const name = input.name.trim();
  if (!name || name.length > 200) throw badInput({ name: 'must be 1 to 200 characters' });
  if (!isStaffRole(input.role)) throw badInput({ role: 'invitations are for staff roles' });
  const now = ctx.now();
  const token = newToken();
  try {
    const { row, mailId } = await withTransaction(ctx.db, async (tx) => {
      const locationIds = await assertLocations(tx, input.locationIds);
      if (await emailTaken(tx, email)) {
        throw new DomainError('CONFLICT', 'Someone with this email has an account already', {
          fields: { email: 'has an account already' },
        });
      }
      const open = and(
        eq(sql`lower(${invitationsTable.email})`, email.toLowerCase()),
        isNull(invitationsTable.acceptedAt),
        isNull(invitationsTable.revokedAt),
      );
      const [existing] = await tx.select().from(invitationsTable).where(open);
      if (existing && existing.expiresAt > now) {
        throw new DomainError(
          'CONFLICT',
          'This address has a pending invitation; resend it instead',
          {
            fields: { email: 'has a pending invitation' },
          },
        );
      }
      if (existing) {
        await tx
          .update(invitationsTable)
          .set({ revokedAt: now })
          .where(eq(invitationsTable.id, existing.id));
      }
      const [row] = await tx
        .insert(invitationsTable)
        .values({
          email,
          name,
          role: input.role,
          locationIds,
          tokenHash: hashToken(token),
          invitedByUserId: ctx.viewer?.userId ?? null,
          createdAt: now,
          expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000),
        })
        .returning();
      await recordAudit(
        tx,
        actorOf(ctx),
        {
          action: 'invitation.created',
          entityType: 'invitation',
          entityId: row!.id,
          data: { email, role: input.role, locationIds },
        },
        now,
      );
      return { row: row!, mailId: await mailInvitation(ctx, tx, row!, token, now) };
    });
    await dispatchMail(ctx, mailId);
    return row;
  } catch (error) {
    if (sqlState(error) === '23505') {
      throw new DomainError(
        'CONFLICT',
        'This address has a pending invitation; resend it instead',
        {
          fields: { email: 'has a pending invitation' },
        },
      );
    }
    throw error;
  }
}

/** Invitations, newest first, optionally with one status (admins). */
export async function listInvitations({
  ctx,
  status,
}: {
  ctx: ServiceContext;
  status?: InvitationStatus | null;
}) {
  return ctx.db
    .select()
    .from(invitationsTable)
    .where(status ? statusCondition(status, ctx.now()) : undefined)
    .orderBy(desc(invitationsTable.createdAt))
    .limit(500);
}

/** A pending invitation by its link's token, or null; what the accept page shows. */
export async function previewInvitation({ ctx, token }: { ctx: ServiceContext; token: string }) {
  const [row] = await ctx.db
    .select()
    .from(invitationsTable)
    .where(
      and(eq(invitationsTable.tokenHash, hashToken(token)), statusCondition('PENDING', ctx.now())),
    );
  return row ?? null;
}

/** The invitation, locked, if it can still change. Errors: NOT_FOUND; CONFLICT once used or revoked. */
async function lockOpenInvitation(tx: Tx, id: string, now: Date) {
  if (!isUuid(id)) throw notFound('Invitation');
  const [existing] = await tx
    .select()
    .from(invitationsTable)
    .where(eq(invitationsTable.id, id))
    .for('update');
  if (!existing) throw notFound('Invitation');
  const status = invitationStatus(existing, now);
  if (status === 'ACCEPTED' || status === 'REVOKED') {
    throw new DomainError('CONFLICT', `This invitation is ${status.toLowerCase()}`);
  }
  return existing;
}

/**
 * Mails a pending or expired invitation again with a new link and a new week; the old link
 * stops working. Audited. Errors: NOT_FOUND; CONFLICT once accepted or revoked.
 */
export async function resendInvitation({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const now = ctx.now();
  const token = newToken();
  const { row, mailId } = await withTransaction(ctx.db, async (tx) => {
    await lockOpenInvitation(tx, id, now);
    const [row] = await tx
      .update(invitationsTable)
      .set({
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000),
      })
      .where(eq(invitationsTable.id, id))
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      { action: 'invitation.resent', entityType: 'invitation', entityId: id },
      now,
    );
    return { row: row!, mailId: await mailInvitation(ctx, tx, row!, token, now) };
  });
  await dispatchMail(ctx, mailId);
  return row;
}

/**
 * Withdraws an invitation: its link stops working. Audited.
 * Errors: NOT_FOUND; CONFLICT once accepted or revoked.
 */
export async function revokeInvitation({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const existing = await lockOpenInvitation(tx, id, now);
    const [row] = await tx
      .update(invitationsTable)
      .set({ revokedAt: now })
      .where(eq(invitationsTable.id, id))
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'invitation.revoked',
        entityType: 'invitation',
        entityId: id,
        data: { email: existing.email },
      },
      now,
    );
    return row!;
  });
}

/**
 * Creates the invited staff account with the invitation's role and locations, uses the link
 * up and signs the new user in. Audited (`invitation.accepted`).
 * Errors: BAD_USER_INPUT naming `token` (unknown, expired, used, revoked), `name` or
 * `password` (policy); CONFLICT when the address got an account meanwhile.
 */
export async function acceptInvitation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: {
    token: string;
    name: string;
    password: string;
    ip: string | null;
    userAgent: string | null;
  };
}) {
  const invitation = await previewInvitation({ ctx, token: input.token });
  if (!invitation) throw badInput({ token: 'this invitation is invalid, used or expired' });
  const name = input.name.trim() || invitation.name;
  if (name.length > 200) throw badInput({ name: 'must be at most 200 characters' });
  assertAcceptablePassword(input.password, { email: invitation.email, name });
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  try {
    return await withTransaction(ctx.db, async (tx) => {
      // The new account speaks the inviter's language until its owner picks another.
      const [inviter] = invitation.invitedByUserId
        ? await tx.select().from(usersTable).where(eq(usersTable.id, invitation.invitedByUserId))
        : [];
      const [user] = await tx
        .insert(usersTable)
        .values({
          email: invitation.email,
          name,
          role: invitation.role,
          locale: inviter?.locale ?? 'en',
          passwordHash,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await setUserLocations(tx, user!.id, invitation.locationIds);
      const [claimed] = await tx
        .update(invitationsTable)
        .set({ acceptedAt: now, acceptedUserId: user!.id })
        .where(and(eq(invitationsTable.id, invitation.id), isNull(invitationsTable.acceptedAt)))
        .returning({ id: invitationsTable.id });
      if (!claimed) throw badInput({ token: 'this invitation is invalid, used or expired' });
      return openSession(tx, ctx, user!, input, 'invitation.accepted');
    });
  } catch (error) {
    if (sqlState(error) === '23505') {
      throw new DomainError('CONFLICT', 'Someone with this email has an account already');
    }
    throw error;
  }
}
