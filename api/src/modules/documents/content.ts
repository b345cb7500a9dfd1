import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { DomainError } from '../../errors.js';

/** The largest document accepted: a phone photo of a passport or a scanned PDF fits. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** The formats a document may have, by the type stored and served for each. */
export const DOCUMENT_FORMATS = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
} as const;
export type DocumentFormat = keyof typeof DOCUMENT_FORMATS;

/** Declared content types accepted, and the format each claims. */
const DECLARED: Record<string, DocumentFormat> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpeg',
  'image/jpg': 'jpeg',
  'image/pjpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/heif': 'heic',
  'image/heic-sequence': 'heic',
  'image/heif-sequence': 'heic',
};

/** Why an upload is refused, as `extensions.reason` / `error.reason` tells clients. */
export type UploadRefusal =
  'FILE_TOO_LARGE' | 'FILE_EMPTY' | 'FILE_TYPE_NOT_ALLOWED' | 'FILE_CONTENT_MISMATCH';

export const uploadRefused = (reason: UploadRefusal, message: string) =>
  new DomainError('BAD_USER_INPUT', message, { reason, fields: { file: message } });

/** The format a declared Content-Type claims (parameters and case ignored), or null. */
export function declaredFormat(contentType: string | null | undefined): DocumentFormat | null {
  const media = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return DECLARED[media] ?? null;
}

// ISO base media file brands of HEIF/HEIC images (ISO/IEC 23008-12), as phones write them.
const HEIF_BRANDS = new Set([
  'heic',
  'heix',
  'heim',
  'heis',
  'hevc',
  'hevx',
  'hevm',
  'hevs',
  'mif1',
  'msf1',
]);

/** How many leading bytes `detectFormat` needs to decide. */
export const SNIFF_BYTES = 16;

/**
 * The format the first bytes of a file prove, or null for anything else: PDF `%PDF-`, JPEG
 * `FF D8 FF`, PNG's eight-byte signature, WebP `RIFF....WEBP`, HEIC an `ftyp` box with a
 * HEIF brand.
 */
export function detectFormat(head: Uint8Array): DocumentFormat | null {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  const ascii = (from: number, to: number) => b.subarray(from, to).toString('latin1');
  if (ascii(0, 5) === '%PDF-') return 'pdf';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'png';
  }
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(8, 12))) return 'heic';
  return null;
}

/**
 * A pass-through stream that counts, hashes and sniffs the bytes of an upload on their way
 * to the file store. It fails the stream (so the store keeps nothing) when the file passes
 * `maxBytes` (FILE_TOO_LARGE), is empty (FILE_EMPTY), or does not begin like `expected`
 * (FILE_CONTENT_MISMATCH: a renamed .exe is not a PDF whatever its Content-Type says).
 */
export class UploadInspector extends Transform {
  sizeBytes = 0;
  private readonly hash: Hash = createHash('sha256');
  private head: Buffer[] = [];
  private headBytes = 0;
  private checked = false;

  constructor(
    private readonly expected: DocumentFormat,
    private readonly maxBytes = MAX_DOCUMENT_BYTES,
  ) {
    super();
  }

  /** SHA-256 of everything that passed, hex; read after the stream finished. */
  get sha256() {
    return this.hash.copy().digest('hex');
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.sizeBytes += chunk.length;
    if (this.sizeBytes > this.maxBytes) return done(tooLarge(this.maxBytes));
    this.hash.update(chunk);
    if (this.checked) return done(null, chunk);
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) return done();
    done(this.release());
  }

  override _flush(done: TransformCallback) {
    if (this.sizeBytes === 0) return done(uploadRefused('FILE_EMPTY', 'The file is empty'));
    done(this.checked ? null : this.release());
  }

  /** Checks the buffered head and lets it through; an error when it is the wrong format. */
  private release(): DomainError | null {
    const head = Buffer.concat(this.head);
    this.head = [];
    this.checked = true;
    const actual = detectFormat(head);
    if (actual !== this.expected) {
      return uploadRefused(
        'FILE_CONTENT_MISMATCH',
        actual
          ? `The file is ${actual.toUpperCase()}, not the ${this.expected.toUpperCase()} it was sent as`
          : `The file is not a ${this.expected.toUpperCase()}`,
      );
    }
    this.push(head);
    return null;
  }
}

export const tooLarge = (maxBytes = MAX_DOCUMENT_BYTES) =>
  uploadRefused(
    'FILE_TOO_LARGE',
    `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
  );

/**
 * A file name fit to show and to offer on download: the last path segment, without control
 * characters, at most 200 characters (the extension kept). Null when nothing is left.
 */
export function cleanFileName(raw: string | null | undefined): string | null {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const name = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (!name || name === '.' || name === '..') return null;
  if (name.length <= 200) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return name.slice(0, 200 - ext.length) + ext;
}
