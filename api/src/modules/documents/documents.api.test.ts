import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { auditLogTable } from '../audit/schema.js';
import { MAX_DOCUMENT_BYTES } from './content.js';
import { SAMPLES, TINY_PDF } from './samples.js';
import { customerDocumentsTable } from './schema.js';

let t: TestApp;
let manager: SignedIn;
let instructor: SignedIn;
let readKey: string;
let ayse: { token: string; customerId: string };
let bora: { token: string; customerId: string };
let walkIn: string;

interface Uploaded {
  status: number;
  body: {
    document?: { id: string; url: string; sizeBytes: number; sha256: string; title: string };
    error?: { code: string; reason?: string; fields?: Record<string, string> };
  };
}

async function upload(
  customerId: string,
  file: Buffer | ReadableStream<Uint8Array>,
  options: {
    token?: string;
    type?: string;
    name?: string | null;
    kind?: string;
    title?: string;
  } = {},
): Promise<Uploaded> {
  const query = new URLSearchParams({ kind: options.kind ?? 'ID_DOCUMENT' });
  if (options.title !== undefined) query.set('title', options.title);
  const headers: Record<string, string> = { 'content-type': options.type ?? 'application/pdf' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.name !== null) headers['x-file-name'] = encodeURIComponent(options.name ?? 'doc.pdf');
  const res = await fetch(`${t.url}/files/customers/${customerId}/documents?${query}`, {
    method: 'POST',
    headers,
    body: file,
    ...(file instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  return { status: res.status, body: (await res.json()) as Uploaded['body'] };
}

const download = (id: string, token?: string) =>
  fetch(`${t.url}/files/documents/${id}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

/** Every file the store holds (documents and unfinished uploads). */
async function storedFiles(): Promise<string[]> {
  const list = async (dir: string) =>
    (await readdir(path.join(t.config.filesDir, dir)).catch(() => [] as string[])).map(
      (f) => `${dir}/${f}`,
    );
  return [...(await list('documents')), ...(await list('.incoming'))];
}

const documentRows = () => t.db.select().from(customerDocumentsTable);

async function register(email: string, name: string) {
  const res = await t.gql<{
    registerCustomer: { token: string; user: { customer: { id: string } } };
  }>(
    `mutation($i: RegisterCustomerInput!) {
      registerCustomer(input: $i) { token user { customer { id } } }
    }`,
    { i: { email, name, password: 'kite season is here' } },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return {
    token: res.data.registerCustomer.token,
    customerId: res.data.registerCustomer.user.customer.id,
  };
}

beforeAll(async () => {
  t = await startTestApp();
  manager = await t.signIn('MANAGER');
  instructor = await t.signIn('INSTRUCTOR');
  readKey = await t.apiKey(['READ']);
  ayse = await register('ayse.docs@example.com', 'Ayşe Demir');
  bora = await register('bora.docs@example.com', 'Bora Şahin');
  const created = await t.gql<{ createCustomer: { id: string } }>(
    'mutation { createCustomer(input: { name: "Deniz Walk-in" }) { id } }',
    {},
    { token: manager.token },
  );
  walkIn = created.data!.createCustomer.id;
});
afterAll(() => t.stop());

describe('uploading a document', () => {
  it('stores a PDF for a manager, under a generated key, with its hash, and audits it', async () => {
    const res = await upload(walkIn, TINY_PDF, {
      token: manager.token,
      name: '../kimlik kartı.pdf',
      title: 'Kimlik kartı',
    });
    expect(res.status).toBe(201);
    const doc = res.body.document!;
    expect(doc).toMatchObject({
      customerId: walkIn,
      kind: 'ID_DOCUMENT',
      title: 'Kimlik kartı',
      fileName: 'kimlik kartı.pdf',
      contentType: 'application/pdf',
      sizeBytes: TINY_PDF.length,
      url: `/files/documents/${doc.id}`,
    });
    const [row] = await t.db
      .select()
      .from(customerDocumentsTable)
      .where(eq(customerDocumentsTable.id, doc.id));
    expect(row!.storageKey).toMatch(/^documents\/[0-9a-f-]{36}$/);
    expect(await storedFiles()).toContain(row!.storageKey);
    const audit = await t.db
      .select()
      .from(auditLogTable)
      .where(eq(auditLogTable.action, 'customer.document_added'));
    expect(audit.map((a) => [a.entityId, a.data.documentId])).toEqual([[walkIn, doc.id]]);

    const listed = await t.gql<{
      customer: { documents: Array<{ id: string; url: string; uploadedByName: string }> };
    }>(
      'query($id: ID!) { customer(id: $id) { documents { id url uploadedByName sizeBytes } } }',
      { id: walkIn },
      { token: manager.token },
    );
    expect(listed.data!.customer.documents).toEqual([
      { id: doc.id, url: doc.url, uploadedByName: 'Test MANAGER', sizeBytes: TINY_PDF.length },
    ]);
  });

  it('titles a document after its file name when no title is given', async () => {
    const res = await upload(walkIn, SAMPLES.jpeg, {
      token: manager.token,
      type: 'image/jpeg',
      name: 'iko-card.jpeg',
      kind: 'CERTIFICATE',
    });
    expect(res.status).toBe(201);
    expect(res.body.document).toMatchObject({ title: 'iko-card', contentType: 'image/jpeg' });
  });

  describe('refusals write nothing', () => {
    let before: { rows: number; files: string[] };
    const expectNothingWritten = async () => {
      expect((await documentRows()).length).toBe(before.rows);
      expect((await storedFiles()).sort()).toEqual(before.files);
    };
    beforeAll(async () => {
      before = { rows: (await documentRows()).length, files: (await storedFiles()).sort() };
    });

    it('refuses a file over 10 MB announced by its Content-Length (413 FILE_TOO_LARGE)', async () => {
      const big = Buffer.concat([
        SAMPLES.pdf,
        Buffer.alloc(MAX_DOCUMENT_BYTES + 1 - SAMPLES.pdf.length),
      ]);
      const res = await upload(walkIn, big, { token: manager.token });
      expect(res.status).toBe(413);
      expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
      await expectNothingWritten();
    });

    it('refuses a file that turns out larger than 10 MB while streaming, with no length announced', async () => {
      const chunk = Buffer.alloc(1024 * 1024, 1);
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 0) controller.enqueue(SAMPLES.pdf);
          if (sent > MAX_DOCUMENT_BYTES + chunk.length) return controller.close();
          controller.enqueue(chunk);
          sent += chunk.length;
        },
      });
      const res = await upload(walkIn, stream, { token: manager.token });
      expect(res.status).toBe(413);
      expect(res.body.error).toMatchObject({ reason: 'FILE_TOO_LARGE' });
      await expectNothingWritten();
    });

    it('refuses bytes that are not what the Content-Type says (415 FILE_CONTENT_MISMATCH)', async () => {
      const exe = Buffer.concat([Buffer.from('MZ\x90\0\x03\0\0\0', 'latin1'), Buffer.alloc(4096)]);
      const asPdf = await upload(walkIn, exe, { token: manager.token, name: 'invoice.pdf' });
      expect(asPdf.status).toBe(415);
      expect(asPdf.body.error).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'FILE_CONTENT_MISMATCH',
      });
      const pngAsJpeg = await upload(walkIn, SAMPLES.png, {
        token: manager.token,
        type: 'image/jpeg',
      });
      expect(pngAsJpeg.body.error).toMatchObject({ reason: 'FILE_CONTENT_MISMATCH' });
      await expectNothingWritten();
    });

    it('refuses types that are not allowed, empty files and unknown kinds', async () => {
      const html = await upload(walkIn, Buffer.from('<script>alert(1)</script>'), {
        token: manager.token,
        type: 'text/html',
      });
      expect(html.status).toBe(415);
      expect(html.body.error).toMatchObject({ reason: 'FILE_TYPE_NOT_ALLOWED' });
      // What a cross-site form could send: refused too.
      const form = await upload(walkIn, TINY_PDF, { token: manager.token, type: 'text/plain' });
      expect(form.status).toBe(415);
      const empty = await upload(walkIn, Buffer.alloc(0), { token: manager.token });
      expect(empty.status).toBe(400);
      expect(empty.body.error).toMatchObject({ reason: 'FILE_EMPTY' });
      const kind = await upload(walkIn, TINY_PDF, { token: manager.token, kind: 'PASSPORT' });
      expect(kind.status).toBe(400);
      expect(kind.body.error!.fields).toHaveProperty('kind');
      await expectNothingWritten();
    });

    it('requires the X-File-Name header, which a cross-site form cannot send', async () => {
      const res = await upload(walkIn, TINY_PDF, { token: manager.token, name: null });
      expect(res.status).toBe(400);
      expect(res.body.error!.fields).toHaveProperty('fileName');
      await expectNothingWritten();
    });

    it('refuses anonymous callers (401), instructors and API keys (403), and unknown records (404)', async () => {
      expect((await upload(walkIn, TINY_PDF)).status).toBe(401);
      const asInstructor = await upload(walkIn, TINY_PDF, { token: instructor.token });
      expect(asInstructor.status).toBe(403);
      expect((await upload(walkIn, TINY_PDF, { token: readKey })).status).toBe(403);
      const unknown = await upload('00000000-0000-4000-8000-000000000000', TINY_PDF, {
        token: manager.token,
      });
      expect(unknown.status).toBe(404);
      expect(
        (await upload(encodeURIComponent('../../etc'), TINY_PDF, { token: manager.token })).status,
      ).toBe(404);
      await expectNothingWritten();
    });

    it("refuses a student's upload to someone else's record with 404", async () => {
      const res = await upload(ayse.customerId, TINY_PDF, { token: bora.token });
      expect(res.status).toBe(404);
      expect(res.body.error!.code).toBe('NOT_FOUND');
      await expectNothingWritten();
    });
  });
});

describe('downloading and removing', () => {
  let ayseDoc: { id: string; sha256: string };

  beforeAll(async () => {
    const res = await upload(ayse.customerId, TINY_PDF, {
      token: ayse.token,
      name: 'sağlık raporu.pdf',
      kind: 'MEDICAL',
    });
    expect(res.status).toBe(201);
    ayseDoc = res.body.document!;
  });

  it('serves the bytes to the owner as a private attachment that is never sniffed or cached', async () => {
    const res = await download(ayseDoc.id, ayse.token);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(TINY_PDF)).toBe(true);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment;/);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('sağlık raporu.pdf')}`);
  });

  it('serves it to management and READ keys, as reading the record allows', async () => {
    expect((await download(ayseDoc.id, manager.token)).status).toBe(200);
    expect((await download(ayseDoc.id, readKey)).status).toBe(200);
  });

  it('answers 404 to another student, an instructor and unknown ids; 401 to nobody', async () => {
    for (const token of [bora.token, instructor.token]) {
      const res = await download(ayseDoc.id, token);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
    expect((await download('00000000-0000-4000-8000-000000000000', manager.token)).status).toBe(
      404,
    );
    expect((await download('not-an-id', manager.token)).status).toBe(404);
    expect((await download(ayseDoc.id)).status).toBe(401);
    const listed = await t.gql<{ customer: null }>(
      'query($id: ID!) { customer(id: $id) { documents { id } } }',
      { id: ayse.customerId },
      { token: bora.token },
    );
    expect(listed.data!.customer).toBeNull();
  });

  it("refuses another student's removal (NOT_FOUND) and keeps the file", async () => {
    const res = await t.gql(
      'mutation($id: ID!) { removeCustomerDocument(id: $id) }',
      { id: ayseDoc.id },
      { token: bora.token },
    );
    expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await download(ayseDoc.id, ayse.token)).status).toBe(200);
  });

  it('removes the row and the file for the owner, and audits it', async () => {
    const [row] = await t.db
      .select()
      .from(customerDocumentsTable)
      .where(eq(customerDocumentsTable.id, ayseDoc.id));
    expect(await storedFiles()).toContain(row!.storageKey);
    const res = await t.gql<{ removeCustomerDocument: boolean }>(
      'mutation($id: ID!) { removeCustomerDocument(id: $id) }',
      { id: ayseDoc.id },
      { token: ayse.token },
    );
    expect(res.data).toEqual({ removeCustomerDocument: true });
    expect(await storedFiles()).not.toContain(row!.storageKey);
    expect(
      await t.db
        .select()
        .from(customerDocumentsTable)
        .where(eq(customerDocumentsTable.id, ayseDoc.id)),
    ).toEqual([]);
    expect((await download(ayseDoc.id, ayse.token)).status).toBe(404);
    const audit = await t.db
      .select()
      .from(auditLogTable)
      .where(eq(auditLogTable.action, 'customer.document_removed'));
    expect(audit.map((a) => a.data.documentId)).toEqual([ayseDoc.id]);
    const again = await t.gql(
      'mutation($id: ID!) { removeCustomerDocument(id: $id) }',
      { id: ayseDoc.id },
      { token: ayse.token },
    );
    expect(again.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
