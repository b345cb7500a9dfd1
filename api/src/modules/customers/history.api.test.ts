import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { TINY_PDF } from '../documents/samples.js';

let t: TestApp;
let manager: SignedIn;

const HISTORY = `query($id: ID!, $first: Int, $after: String) {
  customer(id: $id) {
    history(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        id kind occurredAt actorKind actorName summary
        detail {
          __typename
          ... on CustomerFieldsChange { fields }
          ... on CustomerLink { customerId customer { name } }
          ... on CustomerDocumentChange { documentId documentKind title }
        }
      } }
    }
  }
}`;

interface Entry {
  id: string;
  kind: string;
  actorKind: string;
  actorName: string | null;
  summary: string;
  detail: Record<string, unknown> | null;
}
interface HistoryPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: Entry }>;
}

async function history(id: string, token: string, page: { first?: number; after?: string } = {}) {
  return t.gql<{ customer: { history: HistoryPage } | null }>(HISTORY, { id, ...page }, { token });
}

async function gqlData<T>(query: string, variables: Record<string, unknown>, token: string) {
  const res = await t.gql<T>(query, variables, { token });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

const createCustomer = async (name: string, token = manager.token) =>
  (
    await gqlData<{ createCustomer: { id: string } }>(
      'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }',
      { i: { name } },
      token,
    )
  ).createCustomer.id;

async function uploadPdf(customerId: string, title: string) {
  const res = await fetch(
    `${t.url}/files/customers/${customerId}/documents?kind=CERTIFICATE&title=${encodeURIComponent(title)}`,
    {
      method: 'POST',
      headers: {
        authorization: `Bearer ${manager.token}`,
        'content-type': 'application/pdf',
        'x-file-name': 'card.pdf',
      },
      body: TINY_PDF,
    },
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { document: { id: string } }).document.id;
}

let selin: string;
let child: string;
let duplicate: string;
let movedDocument: string;
let removedDocument: string;

beforeAll(async () => {
  t = await startTestApp();
  manager = await t.signIn('MANAGER');
  selin = await createCustomer('Selin Kaya');
  // Someone else's record and its changes never show in Selin's timeline.
  const other = await createCustomer('Ozan Çelik');
  await uploadPdf(other, 'Not Selin');

  const update =
    'mutation($id: ID!, $i: UpdateCustomerInput!) { updateCustomer(id: $id, input: $i) { id } }';
  await gqlData(
    update,
    { id: selin, i: { phone: '+90 532 111 22 33', email: 'selin@example.com' } },
    manager.token,
  );
  await gqlData(update, { id: selin, i: { notes: 'Prefers morning lessons' } }, manager.token);
  child = (
    await gqlData<{ addDependent: { id: string } }>(
      'mutation($g: ID!) { addDependent(guardianId: $g, input: { name: "Ece Kaya" }) { id } }',
      { g: selin },
      manager.token,
    )
  ).addDependent.id;
  removedDocument = await uploadPdf(selin, 'IKO level 2');
  await gqlData(
    'mutation($id: ID!) { removeCustomerDocument(id: $id) }',
    { id: removedDocument },
    manager.token,
  );
  duplicate = await createCustomer('Selin K.');
  movedDocument = await uploadPdf(duplicate, 'Passport scan');
  await gqlData(
    'mutation($s: ID!, $d: ID!) { mergeCustomers(survivorId: $s, duplicateId: $d) { id } }',
    { s: selin, d: duplicate },
    manager.token,
  );
});
afterAll(() => t.stop());

describe('Customer.history', () => {
  it('lists what happened to the record, newest first, with who did it and a typed detail', async () => {
    const res = await history(selin, manager.token);
    expect(res.errors).toBeUndefined();
    const page = res.data!.customer!.history;
    expect(page.totalCount).toBe(7);
    expect(page.pageInfo.hasNextPage).toBe(false);
    const entries = page.edges.map((e) => e.node);
    expect(entries.map((e) => [e.kind, e.detail])).toEqual([
      [
        'MERGED',
        { __typename: 'CustomerLink', customerId: duplicate, customer: { name: 'Selin K.' } },
      ],
      [
        'DOCUMENT_REMOVED',
        {
          __typename: 'CustomerDocumentChange',
          documentId: removedDocument,
          documentKind: 'CERTIFICATE',
          title: 'IKO level 2',
        },
      ],
      [
        'DOCUMENT_ADDED',
        {
          __typename: 'CustomerDocumentChange',
          documentId: removedDocument,
          documentKind: 'CERTIFICATE',
          title: 'IKO level 2',
        },
      ],
      [
        'DEPENDENT_ADDED',
        { __typename: 'CustomerLink', customerId: child, customer: { name: 'Ece Kaya' } },
      ],
      ['NOTES_CHANGED', { __typename: 'CustomerFieldsChange', fields: ['notes'] }],
      ['UPDATED', { __typename: 'CustomerFieldsChange', fields: ['email', 'phone'] }],
      ['CREATED', null],
    ]);
    expect(new Set(entries.map((e) => `${e.actorKind}:${e.actorName}`))).toEqual(
      new Set(['USER:Test MANAGER']),
    );
    expect(entries[1]!.summary).toBe('Document removed: IKO level 2');
    expect(entries[5]!.summary).toBe('Changed: email, phone');
  });

  it('pages with cursors, without gaps or repeats', async () => {
    const first = (await history(selin, manager.token, { first: 3 })).data!.customer!.history;
    expect(first.edges).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (
      await history(selin, manager.token, { first: 10, after: first.pageInfo.endCursor! })
    ).data!.customer!.history;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const all = (await history(selin, manager.token)).data!.customer!.history.edges;
    expect([...first.edges, ...rest.edges].map((e) => e.node.id)).toEqual(
      all.map((e) => e.node.id),
    );
    const bad = await history(selin, manager.token, { after: 'bm90IGEgY3Vyc29y' });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('shows the other side: a dependent created under its guardian, a duplicate merged away', async () => {
    const ofChild = (await history(child, manager.token)).data!.customer!.history.edges;
    expect(ofChild.map((e) => [e.node.kind, e.node.detail])).toEqual([
      [
        'CREATED',
        { __typename: 'CustomerLink', customerId: selin, customer: { name: 'Selin Kaya' } },
      ],
    ]);
    const ofDuplicate = (await history(duplicate, manager.token)).data!.customer!.history.edges;
    expect(ofDuplicate.map((e) => e.node.kind)).toEqual([
      'MERGED_INTO',
      'DOCUMENT_ADDED',
      'CREATED',
    ]);
    expect(ofDuplicate[0]!.node.detail).toMatchObject({ customerId: selin });
    // One audit row, two lines: their ids differ, so a client cache keeps both.
    const ofSelin = (await history(selin, manager.token)).data!.customer!.history.edges;
    expect(ofSelin[0]!.node.kind).toBe('MERGED');
    expect(ofSelin[0]!.node.id).not.toBe(ofDuplicate[0]!.node.id);
  });

  it("moves a merged duplicate's documents to the record that stays", async () => {
    const data = await gqlData<{ customer: { documents: Array<{ id: string }> } }>(
      'query($id: ID!) { customer(id: $id) { documents { id } } }',
      { id: selin },
      manager.token,
    );
    expect(data.customer.documents.map((d) => d.id)).toEqual([movedDocument]);
  });

  it('says when a partner API key did it', async () => {
    const key = await t.apiKey(['CUSTOMERS_WRITE']);
    const id = await createCustomer('Kaan Partner', key);
    const entries = (await history(id, manager.token)).data!.customer!.history.edges;
    expect(entries.map((e) => [e.node.kind, e.node.actorKind, e.node.actorName])).toEqual([
      ['CREATED', 'API_KEY', null],
    ]);
  });

  it('is for management only: a student asking for their own timeline is refused', async () => {
    const registered = await t.gql<{
      registerCustomer: { token: string; user: { customer: { id: string } } };
    }>(
      `mutation($i: RegisterCustomerInput!) {
        registerCustomer(input: $i) { token user { customer { id } } }
      }`,
      {
        i: {
          email: 'mert.history@example.com',
          name: 'Mert Aydın',
          password: 'kite season is here',
        },
      },
    );
    const { token, user } = registered.data!.registerCustomer;
    const res = await history(user.customer.id, token);
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    // A sign-up writes no audit entry: the record itself says when it was created.
    const admin = await t.signIn('ADMIN');
    const own = (await history(user.customer.id, admin.token)).data!.customer!.history;
    expect(own.edges.map((e) => [e.node.kind, e.node.actorKind, e.node.summary])).toEqual([
      ['CREATED', 'SYSTEM', 'Record created'],
    ]);
    // Pages run across both sources: the audit log and the record.
    await gqlData(
      'mutation($id: ID!) { updateCustomer(id: $id, input: { weightKg: 70 }) { id } }',
      { id: user.customer.id },
      admin.token,
    );
    const first = (await history(user.customer.id, admin.token, { first: 1 })).data!.customer!
      .history;
    expect(first.totalCount).toBe(2);
    expect(first.edges.map((e) => e.node.kind)).toEqual(['UPDATED']);
    const second = (
      await history(user.customer.id, admin.token, { first: 1, after: first.pageInfo.endCursor! })
    ).data!.customer!.history;
    expect(second.edges.map((e) => e.node.kind)).toEqual(['CREATED']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });
});
