import { describe, expect, it } from 'vitest';
import en from '../../locales/en/documents.json';
import tr from '../../locales/tr/documents.json';
import {
  ACCEPTED_DOCUMENT_TYPES,
  formatBytes,
  MAX_DOCUMENT_BYTES,
  readUploadAnswer,
  refusalOf,
  refusalOfError,
  UPLOAD_REFUSALS,
  UploadError,
  uploadRequest,
  uploadTypeOf,
} from './upload';

describe('uploadTypeOf', () => {
  it.each([
    [{ name: 'card.pdf', type: 'application/pdf' }, 'application/pdf'],
    [{ name: 'IMG_0001.HEIC', type: '' }, 'image/heic'],
    [{ name: 'scan.JPG', type: '' }, 'image/jpeg'],
    [{ name: 'kart.jpg', type: '' }, 'image/jpeg'],
    [{ name: 'photo.webp', type: 'image/webp' }, 'image/webp'],
    // The browser's type wins over the name: a PNG called .pdf goes as a PNG.
    [{ name: 'odd.pdf', type: 'image/png' }, 'image/png'],
    [{ name: 'notes.docx', type: 'application/msword' }, null],
    [{ name: 'notes.txt', type: 'text/plain' }, null],
    [{ name: 'archive.zip', type: '' }, null],
    [{ name: 'archive', type: '' }, null],
    [{ name: 'pdf', type: '' }, null],
    [{ name: 'page.svg', type: 'image/svg+xml' }, null],
  ])('%o → %s', (file, expected) => {
    expect(uploadTypeOf(file)).toBe(expected);
  });

  it('offers in the picker every type it accepts', () => {
    for (const type of ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/heic']) {
      expect(ACCEPTED_DOCUMENT_TYPES.split(',')).toContain(type);
    }
  });
});

describe('refusalOf', () => {
  const pdf = { name: 'card.pdf', type: 'application/pdf' };
  it('takes a file up to exactly 10 MB', () => {
    expect(refusalOf({ ...pdf, size: 1 })).toBeNull();
    expect(refusalOf({ ...pdf, size: MAX_DOCUMENT_BYTES })).toBeNull();
  });
  it('refuses one byte more, an empty file and a type the API does not take', () => {
    expect(refusalOf({ ...pdf, size: MAX_DOCUMENT_BYTES + 1 })).toBe('FILE_TOO_LARGE');
    expect(refusalOf({ ...pdf, size: 0 })).toBe('FILE_EMPTY');
    expect(refusalOf({ name: 'a.gif', type: 'image/gif', size: 10 })).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(refusalOf({ name: 'x.exe', type: 'application/x-msdownload', size: 10 })).toBe(
      'FILE_TYPE_NOT_ALLOWED',
    );
    // The type is named first: a huge video is a wrong type before it is too large.
    expect(refusalOf({ name: 'a.mp4', type: 'video/mp4', size: MAX_DOCUMENT_BYTES * 3 })).toBe(
      'FILE_TYPE_NOT_ALLOWED',
    );
  });
});

describe('uploadRequest', () => {
  it('sends the kind, a trimmed title, the type and the URI-encoded name', () => {
    const request = uploadRequest({
      customerId: 'c 1',
      file: { name: 'kimlik kartı ç.pdf', type: 'application/pdf' },
      kind: 'CERTIFICATE',
      title: '  IKO kartı  ',
    });
    const url = new URL(request.url, 'http://localhost');
    expect(url.pathname).toBe('/files/customers/c%201/documents');
    expect(url.searchParams.get('kind')).toBe('CERTIFICATE');
    expect(url.searchParams.get('title')).toBe('IKO kartı');
    expect(request.headers['content-type']).toBe('application/pdf');
    expect(decodeURIComponent(request.headers['x-file-name']!)).toBe('kimlik kartı ç.pdf');
    expect(request.headers['x-file-name']).not.toMatch(/[^\x20-\x7e]/);
  });
  it('leaves a blank title out, so the API uses the file name', () => {
    const request = uploadRequest({
      customerId: 'c1',
      file: { name: 'IMG.HEIC', type: '' },
      kind: 'OTHER',
      title: '   ',
    });
    expect(new URL(request.url, 'http://localhost').searchParams.has('title')).toBe(false);
    expect(request.headers['content-type']).toBe('image/heic');
  });
});

describe('readUploadAnswer and refusalOfError', () => {
  const answer = (status: number, body: unknown) =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

  it('returns the new document', async () => {
    await expect(readUploadAnswer(answer(201, { document: { id: 'd1' } }))).resolves.toEqual({
      id: 'd1',
    });
  });
  it('turns a refusal into an UploadError with its code and reason', async () => {
    const error = await readUploadAnswer(
      answer(415, {
        error: { code: 'BAD_USER_INPUT', reason: 'FILE_CONTENT_MISMATCH', message: 'no' },
      }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UploadError);
    expect((error as UploadError).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'FILE_CONTENT_MISMATCH',
    });
    expect((error as UploadError).reason).toBe('FILE_CONTENT_MISMATCH');
    expect((error as UploadError).message).toBe('no');
    expect(refusalOfError(error)).toBe('FILE_CONTENT_MISMATCH');
  });
  it('keeps a 404 as NOT_FOUND, with no refusal to explain', async () => {
    const error = await readUploadAnswer(answer(404, { error: { code: 'NOT_FOUND' } })).catch(
      (caught: unknown) => caught,
    );
    expect((error as UploadError).extensions.code).toBe('NOT_FOUND');
    expect(refusalOfError(error)).toBeNull();
  });
  it('treats a page that is not JSON as the API being unreachable', async () => {
    await expect(readUploadAnswer(answer(502, '<html>Bad gateway</html>'))).rejects.toBeInstanceOf(
      TypeError,
    );
  });
  it('does not explain unknown reasons or other errors as refusals', () => {
    expect(
      refusalOfError(new UploadError({ code: 'BAD_USER_INPUT', reason: 'SOMETHING' })),
    ).toBeNull();
    expect(refusalOfError(new Error('FILE_TOO_LARGE'))).toBeNull();
  });
});

describe('formatBytes', () => {
  it.each([
    [512, 'en', '512 byte'],
    [1536, 'en', '1.5 kB'],
    [2048, 'en', '2 kB'],
    [3.5 * 1024 * 1024, 'en', '3.5 MB'],
    [3.5 * 1024 * 1024, 'tr', '3,5 MB'],
    [12 * 1024 * 1024, 'en', '12 MB'],
  ])('%d bytes in %s', (bytes, language, text) => {
    expect(formatBytes(bytes, language)).toBe(text);
  });
});

describe('translations', () => {
  it('name every refusal in English and Turkish', () => {
    for (const texts of [en, tr]) {
      for (const refusal of UPLOAD_REFUSALS) expect(texts.refused[refusal]).toBeTruthy();
    }
  });
});
