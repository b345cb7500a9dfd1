import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  MAX_DOCUMENT_BYTES,
  readUploadAnswer,
  refusalOf,
  UploadError,
  uploadTypeOf,
} from './documentUpload';

describe('uploadTypeOf', () => {
  it.each([
    [{ name: 'pasaport.pdf', type: 'application/pdf' }, 'application/pdf'],
    [{ name: 'IMG_0042.HEIC', type: '' }, 'image/heic'],
    [{ name: 'kart.jpg', type: '' }, 'image/jpeg'],
    [{ name: 'scan.webp', type: 'image/webp' }, 'image/webp'],
    [{ name: 'notes.txt', type: 'text/plain' }, null],
    [{ name: 'archive', type: '' }, null],
    [{ name: 'logo.svg', type: 'image/svg+xml' }, null],
  ])('%j → %s', (file, type) => {
    expect(uploadTypeOf(file)).toBe(type);
  });
});

describe('refusalOf', () => {
  const pdf = (size: number) => ({ name: 'a.pdf', type: 'application/pdf', size });
  it('refuses before sending what the API would refuse outright', () => {
    expect(refusalOf(pdf(1000))).toBeNull();
    expect(refusalOf(pdf(MAX_DOCUMENT_BYTES))).toBeNull();
    expect(refusalOf(pdf(MAX_DOCUMENT_BYTES + 1))).toBe('FILE_TOO_LARGE');
    expect(refusalOf(pdf(0))).toBe('FILE_EMPTY');
    expect(refusalOf({ name: 'x.exe', type: 'application/x-msdownload', size: 10 })).toBe(
      'FILE_TYPE_NOT_ALLOWED',
    );
  });
});

describe('readUploadAnswer', () => {
  const answer = (status: number, body: unknown) =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

  it('returns the new document', async () => {
    await expect(readUploadAnswer(answer(201, { document: { id: 'd1' } }))).resolves.toEqual({
      id: 'd1',
    });
  });

  it('throws the refusal with its code and reason, as GraphQL errors carry them', async () => {
    const refused = readUploadAnswer(
      answer(415, {
        error: { code: 'BAD_USER_INPUT', reason: 'FILE_CONTENT_MISMATCH', message: 'not a PDF' },
      }),
    );
    await expect(refused).rejects.toBeInstanceOf(UploadError);
    await expect(refused).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'FILE_CONTENT_MISMATCH' },
      reason: 'FILE_CONTENT_MISMATCH',
    });
  });

  it('treats an answer that is not the API’s (a proxy page) as unreachable', async () => {
    await expect(readUploadAnswer(answer(502, '<html>Bad gateway</html>'))).rejects.toBeInstanceOf(
      TypeError,
    );
  });
});

describe('formatBytes', () => {
  it.each([
    [512, 'en', '512 byte'],
    [2048, 'en', '2 kB'],
    [3.5 * 1024 * 1024, 'en', '3.5 MB'],
    [3.5 * 1024 * 1024, 'tr', '3,5 MB'],
  ])('%d bytes in %s', (bytes, language, text) => {
    expect(formatBytes(bytes, language)).toBe(text);
  });
});
