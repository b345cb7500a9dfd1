import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBareSchema } from '../../graphql/schema.js';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { auditLogTable } from '../audit/schema.js';
import { usersTable } from '../identity/schema.js';
import { legalAcceptancesTable, legalDocumentsTable } from './schema.js';

let t: TestApp;
let admin: SignedIn;
const docs: Record<string, string> = {};

const PUBLISH = `mutation($i: PublishLegalDocumentInput!) {
  publishLegalDocument(input: $i) { id kind version required current }
}`;
const PENDING = '{ pendingLegalDocuments { id kind version title } }';
const ACCEPT = 'mutation($ids: [ID!]!) { acceptLegalDocuments(ids: $ids) }';

beforeAll(async () => {
  t = await startTestApp();
  // Version 1 of each, as a school's first publication leaves them.
  for (const kind of ['TERMS', 'PRIVACY', 'MARKETING'] as const) {
    const [row] = await t.db
      .insert(legalDocumentsTable)
      .values({ kind, version: 1, title: `${kind} v1`, body: `The ${kind} text` })
      .returning();
    docs[kind] = row!.id;
  }
  admin = await t.signIn('ADMIN');
}, 60_000);
afterAll(() => t.stop());

describe('the consent gate', () => {
  it('lists the current terms and privacy versions the caller must accept, not marketing', async () => {
    const res = await t.gql<{ pendingLegalDocuments: Array<{ kind: string; version: number }> }>(
      PENDING,
      {},
      { token: admin.token },
    );
    expect(res.data!.pendingLegalDocuments.map((d) => [d.kind, d.version])).toEqual([
      ['TERMS', 1],
      ['PRIVACY', 1],
    ]);
  });

  it('answers FORBIDDEN with reason CONSENT_REQUIRED to every other operation, over HTTP and WebSocket', async () => {
    const schema = await buildBareSchema();
    const exempt = new Set([
      'me',
      'pendingLegalDocuments',
      'acceptLegalDocuments',
      'logout',
      // Operations for signed-out visitors; they touch no account data.
      'currentLegalDocuments',
      'invitation',
      'login',
      'registerCustomer',
      'requestPasswordReset',
      'resetPassword',
      'acceptInvitation',
    ]);
    const probes = {
      'query { auditLog { totalCount } }': 'auditLog',
      'query { locations { id } }': 'locations',
      'query { mySessions { id } }': 'mySessions',
      'query { users { totalCount } }': 'users',
      'query { apiKeys { id } }': 'apiKeys',
      'mutation { setMyLocale(locale: "tr") { id } }': 'setMyLocale',
      'mutation { setMarketingConsent(optIn: true) { id } }': 'setMarketingConsent',
      'mutation { revokeOtherSessions }': 'revokeOtherSessions',
    };
    for (const [query, field] of Object.entries(probes)) {
      const res = await t.gql(query, {}, { token: admin.token });
      expect(res.errors?.[0]?.extensions, field).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'CONSENT_REQUIRED',
      });
    }
    // The exempt list names real fields: a rename would silently drop one from it.
    const fields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields()),
    );
    expect(fields.filter((f) => exempt.has(f)).length).toBe(exempt.size);

    const client = t.ws(admin.token);
    const error = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: 'subscription { locationChanged { id } }' },
        { next: (r) => resolve(r.errors), error: resolve, complete: () => resolve(null) },
      );
    });
    expect(JSON.stringify(error)).toContain('CONSENT_REQUIRED');
    const [user] = await t.db.select().from(usersTable).where(eq(usersTable.id, admin.userId));
    expect(user!.locale).toBe('en');
  });

  it('keeps me and logout working meanwhile', async () => {
    const res = await t.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: admin.token });
    expect(res.data!.me.id).toBe(admin.userId);
  });

  it('refuses an id that is not a current version with BAD_USER_INPUT, writing nothing', async () => {
    const res = await t.gql(
      ACCEPT,
      { ids: ['00000000-0000-4000-8000-000000000000'] },
      { token: admin.token },
    );
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const rows = await t.db
      .select()
      .from(legalAcceptancesTable)
      .where(eq(legalAcceptancesTable.userId, admin.userId));
    expect(rows).toEqual([]);
  });

  it('lifts once accepted, storing version, time and address of each acceptance', async () => {
    const res = await t.gql(ACCEPT, { ids: [docs.TERMS, docs.PRIVACY] }, { token: admin.token });
    expect(res.data).toEqual({ acceptLegalDocuments: true });
    const after = await t.gql('query { users { totalCount } }', {}, { token: admin.token });
    expect(after.errors).toBeUndefined();
    const rows = await t.db
      .select()
      .from(legalAcceptancesTable)
      .where(eq(legalAcceptancesTable.userId, admin.userId));
    expect(rows.map((r) => r.documentId).sort()).toEqual([docs.TERMS, docs.PRIVACY].sort());
    expect(rows.every((r) => r.ip === '127.0.0.1' && r.acceptedAt instanceof Date)).toBe(true);
    const audit = await t.db
      .select()
      .from(auditLogTable)
      .where(eq(auditLogTable.action, 'legal.accepted'));
    expect(audit.at(-1)!.data).toMatchObject({
      documents: expect.arrayContaining([{ kind: 'TERMS', version: 1 }]),
    });
  });

  it('closes again when a new terms version is published, until it is accepted', async () => {
    const publish = await t.gql<{ publishLegalDocument: { id: string; version: number } }>(
      PUBLISH,
      { i: { kind: 'TERMS', title: 'TERMS v2', body: 'New terms' } },
      { token: admin.token },
    );
    expect(publish.data!.publishLegalDocument.version).toBe(2);
    const blocked = await t.gql('query { locations { id } }', {}, { token: admin.token });
    expect(blocked.errors?.[0]?.extensions.reason).toBe('CONSENT_REQUIRED');
    const pending = await t.gql<{ pendingLegalDocuments: Array<{ version: number }> }>(
      PENDING,
      {},
      { token: admin.token },
    );
    expect(pending.data!.pendingLegalDocuments).toHaveLength(1);
    const old = await t.gql(ACCEPT, { ids: [docs.TERMS] }, { token: admin.token });
    expect(old.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    await t.gql(ACCEPT, { ids: [publish.data!.publishLegalDocument.id] }, { token: admin.token });
    const open = await t.gql('query { locations { id } }', {}, { token: admin.token });
    expect(open.errors).toBeUndefined();
  });

  it('lets a user opt in to and out of marketing at any time, keeping the record', async () => {
    const optIn = await t.gql<{ setMarketingConsent: { marketingOptIn: boolean } }>(
      'mutation { setMarketingConsent(optIn: true) { marketingOptIn } }',
      {},
      { token: admin.token },
    );
    expect(optIn.data!.setMarketingConsent.marketingOptIn).toBe(true);
    const optOut = await t.gql<{ setMarketingConsent: { marketingOptIn: boolean } }>(
      'mutation { setMarketingConsent(optIn: false) { marketingOptIn } }',
      {},
      { token: admin.token },
    );
    expect(optOut.data!.setMarketingConsent.marketingOptIn).toBe(false);
    const [marketing] = await t.db
      .select()
      .from(legalAcceptancesTable)
      .where(eq(legalAcceptancesTable.documentId, docs.MARKETING!));
    expect(marketing!.userId).toBe(admin.userId);
    expect(marketing!.withdrawnAt).toBeInstanceOf(Date);
  });

  it('shows admins every version with its acceptance count, and hides the count from others', async () => {
    const res = await t.gql<{
      legalDocuments: Array<{
        kind: string;
        version: number;
        current: boolean;
        acceptanceCount: number;
      }>;
    }>(
      '{ legalDocuments(kind: TERMS) { kind version current acceptanceCount } }',
      {},
      {
        token: admin.token,
      },
    );
    expect(res.data!.legalDocuments).toEqual([
      { kind: 'TERMS', version: 2, current: true, acceptanceCount: 1 },
      { kind: 'TERMS', version: 1, current: false, acceptanceCount: 1 },
    ]);
    const student = await t.signIn('STUDENT');
    const leak = await t.gql(
      '{ pendingLegalDocuments { id acceptanceCount } }',
      {},
      { token: student.token },
    );
    expect(leak.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a publication with an empty body with BAD_USER_INPUT, publishing nothing', async () => {
    const res = await t.gql(
      PUBLISH,
      { i: { kind: 'PRIVACY', title: 'x', body: '   ' } },
      { token: admin.token },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const list = await t.gql<{ legalDocuments: unknown[] }>(
      '{ legalDocuments(kind: PRIVACY) { id } }',
      {},
      { token: admin.token },
    );
    expect(list.data!.legalDocuments).toHaveLength(1);
  });
});
