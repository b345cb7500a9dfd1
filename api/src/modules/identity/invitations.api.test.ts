import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { auditLogTable } from '../audit/schema.js';
import { locationsTable } from '../locations/schema.js';
import { mailOutboxTable } from '../mail/schema.js';
import { invitationsTable, sessionsTable, usersTable } from './schema.js';

let t: TestApp;
let admin: SignedIn;
let locationId: string;

const INVITE = `mutation($i: InviteStaffInput!) {
  inviteStaff(input: $i) { id email role status locations { id } invitedBy { id } }
}`;
const ACCEPT = `mutation($t: String!, $n: String!, $p: String!) {
  acceptInvitation(token: $t, name: $n, password: $p) { token user { id role email locations { id } } }
}`;

async function invitationToken(email: string) {
  const rows = await t.db
    .select()
    .from(mailOutboxTable)
    .where(eq(mailOutboxTable.to, email))
    .orderBy(mailOutboxTable.createdAt);
  return /accept-invitation\?token=([A-Za-z0-9_-]+)/.exec(rows.at(-1)!.text)![1]!;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('ADMIN');
  const [location] = await t.db
    .insert(locationsTable)
    .values({ name: 'Akyaka', timezone: 'Europe/Istanbul', currency: 'TRY' })
    .returning();
  locationId = location!.id;
});
afterAll(() => t.stop());

describe('staff invitations', () => {
  it('invite by email with a role and locations; the link creates the account and signs it in', async () => {
    const email = 'deniz@school.test';
    const res = await t.gql<{ inviteStaff: { status: string; role: string } }>(
      INVITE,
      { i: { email, name: 'Deniz Yılmaz', role: 'INSTRUCTOR', locationIds: [locationId] } },
      { token: admin.token },
    );
    expect(res.data!.inviteStaff).toMatchObject({
      email,
      role: 'INSTRUCTOR',
      status: 'PENDING',
      locations: [{ id: locationId }],
      invitedBy: { id: admin.userId },
    });
    const token = await invitationToken(email);
    const preview = await t.gql<{ invitation: { email: string; role: string } }>(
      'query($t: String!) { invitation(token: $t) { email name role } }',
      { t: token },
    );
    expect(preview.data!.invitation).toEqual({ email, name: 'Deniz Yılmaz', role: 'INSTRUCTOR' });

    const accepted = await t.gql<{
      acceptInvitation: { token: string; user: { role: string; locations: Array<{ id: string }> } };
    }>(ACCEPT, { t: token, n: 'Deniz Yılmaz', p: 'waves and wind all day' });
    expect(accepted.data!.acceptInvitation.user).toMatchObject({
      role: 'INSTRUCTOR',
      email,
      locations: [{ id: locationId }],
    });
    expect(accepted.headers.get('set-cookie')).toContain('plannivo_session=');
    const me = await t.gql<{ me: { email: string } }>(
      '{ me { email } }',
      {},
      {
        token: accepted.data!.acceptInvitation.token,
      },
    );
    expect(me.data!.me.email).toBe(email);
    const again = await t.gql(ACCEPT, { t: token, n: 'x', p: 'waves and wind all day' });
    expect(again.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const gone = await t.gql<{ invitation: null }>(
      'query($t: String!) { invitation(token: $t) { email } }',
      { t: token },
    );
    expect(gone.data!.invitation).toBeNull();
  });

  it('refuses a member role, an unknown location and a registered email, writing nothing', async () => {
    const before = (await t.db.select().from(invitationsTable)).length;
    const member = await t.gql(
      INVITE,
      { i: { email: 'x@school.test', name: 'X', role: 'STUDENT', locationIds: [] } },
      { token: admin.token },
    );
    expect(member.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { role: expect.any(String) },
    });
    const unknown = await t.gql(
      INVITE,
      {
        i: {
          email: 'x@school.test',
          name: 'X',
          role: 'MANAGER',
          locationIds: ['00000000-0000-4000-8000-000000000000'],
        },
      },
      { token: admin.token },
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { locationIds: expect.any(String) },
    });
    const taken = await t.gql(
      INVITE,
      { i: { email: admin.email, name: 'X', role: 'MANAGER', locationIds: [] } },
      { token: admin.token },
    );
    expect(taken.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(await t.db.select().from(invitationsTable)).toHaveLength(before);
  });

  it('resend replaces the link; revoke ends it; a second invitation to a pending address is CONFLICT', async () => {
    const email = 'mert@school.test';
    const created = await t.gql<{ inviteStaff: { id: string } }>(
      INVITE,
      { i: { email, name: 'Mert', role: 'MANAGER', locationIds: [] } },
      { token: admin.token },
    );
    const id = created.data!.inviteStaff.id;
    const first = await invitationToken(email);
    const dup = await t.gql(
      INVITE,
      { i: { email, name: 'Mert', role: 'MANAGER', locationIds: [] } },
      { token: admin.token },
    );
    expect(dup.errors?.[0]?.extensions.code).toBe('CONFLICT');
    await t.gql(
      'mutation($id: ID!) { resendInvitation(id: $id) { id } }',
      { id },
      { token: admin.token },
    );
    const second = await invitationToken(email);
    expect(second).not.toBe(first);
    const old = await t.gql<{ invitation: null }>(
      'query($t: String!) { invitation(token: $t) { email } }',
      { t: first },
    );
    expect(old.data!.invitation).toBeNull();
    const revoked = await t.gql<{ revokeInvitation: { status: string } }>(
      'mutation($id: ID!) { revokeInvitation(id: $id) { status } }',
      { id },
      { token: admin.token },
    );
    expect(revoked.data!.revokeInvitation.status).toBe('REVOKED');
    const late = await t.gql(ACCEPT, { t: second, n: 'Mert', p: 'waves and wind all day' });
    expect(late.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const list = await t.gql<{ invitations: Array<{ email: string }> }>(
      '{ invitations(status: REVOKED) { email } }',
      {},
      { token: admin.token },
    );
    expect(list.data!.invitations.map((i) => i.email)).toEqual([email]);
  });
});

describe('user administration', () => {
  const UPDATE = `mutation($id: ID!, $i: UpdateUserInput!) {
    updateUser(id: $id, input: $i) { id role name locations { id } }
  }`;

  it('changes a role, ends the user’s sessions and audits the change', async () => {
    const instructor = await t.signIn('INSTRUCTOR');
    const res = await t.gql<{ updateUser: { role: string; locations: Array<{ id: string }> } }>(
      UPDATE,
      { id: instructor.userId, i: { role: 'MANAGER', locationIds: [locationId] } },
      { token: admin.token },
    );
    expect(res.data!.updateUser).toMatchObject({
      role: 'MANAGER',
      locations: [{ id: locationId }],
    });
    const sessions = await t.db
      .select()
      .from(sessionsTable)
      .where(eq(sessionsTable.userId, instructor.userId));
    expect(sessions.every((s) => s.revokedAt)).toBe(true);
    const [audit] = await t.db
      .select()
      .from(auditLogTable)
      .where(eq(auditLogTable.action, 'user.role_changed'));
    expect(audit).toMatchObject({
      actorUserId: admin.userId,
      entityId: instructor.userId,
      data: { from: 'INSTRUCTOR', to: 'MANAGER' },
    });
  });

  it('refuses changing one’s own role or deactivating oneself (no admin locks the school out)', async () => {
    const own = await t.gql(
      UPDATE,
      { id: admin.userId, i: { role: 'MANAGER' } },
      { token: admin.token },
    );
    expect(own.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { role: expect.any(String) },
    });
    const self = await t.gql(
      'mutation($id: ID!) { deactivateUser(id: $id) { id } }',
      { id: admin.userId },
      { token: admin.token },
    );
    expect(self.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const [row] = await t.db.select().from(usersTable).where(eq(usersTable.id, admin.userId));
    expect(row).toMatchObject({ role: 'ADMIN', deactivatedAt: null });
  });

  it('deactivation ends sessions and refuses sign-in; reactivation lets them back', async () => {
    const student = await t.signIn('STUDENT');
    await t.gql(
      'mutation($id: ID!) { deactivateUser(id: $id) { active } }',
      { id: student.userId },
      { token: admin.token },
    );
    const me = await t.gql<{ me: null }>('{ me { id } }', {}, { token: student.token });
    expect(me.data!.me).toBeNull();
    const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
    const refused = await t.gql(LOGIN, { e: student.email, p: student.password });
    expect(refused.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const back = await t.gql<{ reactivateUser: { active: boolean } }>(
      'mutation($id: ID!) { reactivateUser(id: $id) { active } }',
      { id: student.userId },
      { token: admin.token },
    );
    expect(back.data!.reactivateUser.active).toBe(true);
    expect((await t.gql(LOGIN, { e: student.email, p: student.password })).errors).toBeUndefined();
  });

  it('lists users by name with role, activity and text filters', async () => {
    const res = await t.gql<{
      users: { totalCount: number; edges: Array<{ node: { role: string; active: boolean } }> };
    }>(
      '{ users(filter: { role: STUDENT, active: true }, first: 50) { totalCount edges { node { role active } } } }',
      {},
      { token: admin.token },
    );
    expect(res.data!.users.totalCount).toBeGreaterThan(0);
    expect(res.data!.users.edges.every((e) => e.node.role === 'STUDENT' && e.node.active)).toBe(
      true,
    );
    const search = await t.gql<{ users: { edges: Array<{ node: { email: string } }> } }>(
      '{ users(filter: { search: "deniz@" }) { edges { node { email } } } }',
      {},
      { token: admin.token },
    );
    expect(search.data!.users.edges.map((e) => e.node.email)).toEqual(['deniz@school.test']);
  });
});
