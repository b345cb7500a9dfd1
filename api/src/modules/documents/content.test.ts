import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { cleanFileName, declaredFormat, detectFormat, UploadInspector } from './content.js';
import { bytes, SAMPLES } from './samples.js';

describe('detectFormat', () => {
  it.each(Object.entries(SAMPLES))('recognises %s by its first bytes', (format, head) => {
    expect(detectFormat(head)).toBe(format);
  });

  it.each([
    ['an executable', bytes('MZ\x90\0\x03\0\0\0\x04\0\0\0')],
    ['HTML', bytes('<!doctype html><script>')],
    ['a GIF', bytes('GIF89a\x01\0\x01\0')],
    ['a RIFF that is not WebP (WAV)', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ')],
    ['an MP4 (ftyp, not a HEIF brand)', bytes([0, 0, 0, 0x18], 'ftypisom', [0, 0, 2, 0])],
    ['a truncated PNG signature', bytes([0x89, 0x50, 0x4e, 0x47])],
    ['nothing', bytes()],
    ['a PDF marker not at the start', bytes(' %PDF-1.4')],
  ])('refuses %s', (_name, head) => {
    expect(detectFormat(head)).toBeNull();
  });
});

describe('declaredFormat', () => {
  it.each([
    ['application/pdf', 'pdf'],
    ['Application/PDF; charset=binary', 'pdf'],
    ['image/jpg', 'jpeg'],
    ['image/heif', 'heic'],
    ['image/webp', 'webp'],
    ['text/plain', null],
    ['multipart/form-data; boundary=x', null],
    ['application/x-www-form-urlencoded', null],
    ['application/octet-stream', null],
    ['image/svg+xml', null],
    [undefined, null],
  ])('%s → %s', (type, format) => {
    expect(declaredFormat(type)).toBe(format);
  });
});

describe('cleanFileName', () => {
  it.each([
    ['pasaport.pdf', 'pasaport.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\ayşe\\kimlik kartı.jpg', 'kimlik kartı.jpg'],
    ['bad\u0000"name\n.png', 'badname.png'],
    ['..', null],
    ['   ', null],
    [null, null],
  ])('%j → %j', (raw, clean) => {
    expect(cleanFileName(raw)).toBe(clean);
  });

  it('shortens a long name to 200 characters and keeps its extension', () => {
    const name = cleanFileName(`${'a'.repeat(300)}.jpeg`)!;
    expect(name).toHaveLength(200);
    expect(name.endsWith('.jpeg')).toBe(true);
  });
});

/** Runs bytes through an inspector in chunks; the output, or the refusal's reason. */
async function inspect(expected: 'pdf' | 'png', chunks: Buffer[], max?: number) {
  const inspector = new UploadInspector(expected, max);
  try {
    const out = await buffer(Readable.from(chunks).pipe(inspector));
    return { out, inspector };
  } catch (error) {
    return { reason: (error as DomainError).details?.reason, error };
  }
}

describe('UploadInspector', () => {
  it('passes the bytes through unchanged, counting and hashing them, even in one-byte chunks', async () => {
    const file = Buffer.concat([SAMPLES.pdf, Buffer.alloc(5000, 7)]);
    const chunks = [...file].map((b) => Buffer.from([b]));
    const { out, inspector } = await inspect('pdf', chunks);
    expect(out!.equals(file)).toBe(true);
    expect(inspector!.sizeBytes).toBe(file.length);
    expect(inspector!.sha256).toBe(createHash('sha256').update(file).digest('hex'));
  });

  it('accepts a file shorter than the sniffed head when it is of the right format', async () => {
    const { out } = await inspect('pdf', [bytes('%PDF-')]);
    expect(out!.toString()).toBe('%PDF-');
  });

  it('refuses a file whose bytes are another format than declared', async () => {
    expect((await inspect('pdf', [SAMPLES.png])).reason).toBe('FILE_CONTENT_MISMATCH');
    expect(
      (await inspect('png', [bytes('MZ'), bytes('\x90\0\x03\0\0\0\x04\0\0\0\xff\xff')])).reason,
    ).toBe('FILE_CONTENT_MISMATCH');
  });

  it('refuses an empty file', async () => {
    expect((await inspect('pdf', [])).reason).toBe('FILE_EMPTY');
  });

  it('refuses the first byte past the limit and no sooner', async () => {
    const head = SAMPLES.png;
    const exact = await inspect('png', [head, Buffer.alloc(100 - head.length)], 100);
    expect(exact.out!.length).toBe(100);
    const over = await inspect('png', [head, Buffer.alloc(101 - head.length)], 100);
    expect(over.reason).toBe('FILE_TOO_LARGE');
    expect((over.error as DomainError).code).toBe('BAD_USER_INPUT');
  });
});
