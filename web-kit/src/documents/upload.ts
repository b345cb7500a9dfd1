/** The API's limit (api/src/modules/documents/content.ts), checked here before sending. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/**
 * The kinds of document a record keeps (the schema's `CustomerDocumentKind`), in the order
 * the forms offer them.
 */
export const DOCUMENT_KINDS = ['ID_DOCUMENT', 'CERTIFICATE', 'MEDICAL', 'OTHER'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What the file picker offers: the API takes PDF, JPEG, PNG, WebP and HEIC only. */
export const ACCEPTED_DOCUMENT_TYPES =
  'application/pdf,image/jpeg,image/png,image/webp,image/heic,image/heif,.pdf,.jpg,.jpeg,.png,.webp,.heic,.heif';

const TYPE_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heif',
};
const ACCEPTED = new Set(Object.values(TYPE_BY_EXTENSION));

/** Why an upload is refused: the API's reasons, which this file also checks before sending. */
export const UPLOAD_REFUSALS = [
  'FILE_TOO_LARGE',
  'FILE_EMPTY',
  'FILE_TYPE_NOT_ALLOWED',
  'FILE_CONTENT_MISMATCH',
] as const;
export type UploadRefusal = (typeof UPLOAD_REFUSALS)[number];

/**
 * The type to send a file as: the browser's, or from its extension when the browser has none
 * (HEIC photos from a phone often come without one). Null for a type the API does not take.
 */
export function uploadTypeOf(file: { name: string; type: string }): string | null {
  const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  const type = file.type || TYPE_BY_EXTENSION[extension] || '';
  return ACCEPTED.has(type) ? type : null;
}

/** What the API would refuse at once, found before sending a byte; null when fine. */
export function refusalOf(file: {
  name: string;
  type: string;
  size: number;
}): UploadRefusal | null {
  if (!uploadTypeOf(file)) return 'FILE_TYPE_NOT_ALLOWED';
  if (file.size > MAX_DOCUMENT_BYTES) return 'FILE_TOO_LARGE';
  if (file.size === 0) return 'FILE_EMPTY';
  return null;
}

/**
 * A refused upload, shaped like a GraphQL error (`extensions.code`), so `getErrorCode` and
 * the shared error texts read it as they read any API error.
 */
export class UploadError extends Error {
  constructor(
    readonly extensions: { code: string; reason?: string; fields?: Record<string, string> },
    message = extensions.reason ?? extensions.code,
  ) {
    super(message);
    this.name = 'UploadError';
  }

  get reason() {
    return this.extensions.reason;
  }
}

/** The refusal an upload failed with, when it is one the forms explain; otherwise null. */
export function refusalOfError(error: unknown): UploadRefusal | null {
  if (!(error instanceof UploadError)) return null;
  return UPLOAD_REFUSALS.find((refusal) => refusal === error.reason) ?? null;
}

/** The JSON answer of the upload route, or the error it stands for. */
export async function readUploadAnswer(response: Response): Promise<{ id: string }> {
  let body: { document?: { id: string }; error?: UploadError['extensions'] & { message?: string } };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // Not the API's answer (a proxy's error page): as if the API were unreachable.
    throw new TypeError(`upload failed with HTTP ${response.status}`);
  }
  if (response.ok && body.document) return body.document;
  const { message, ...extensions } = body.error ?? { code: 'INTERNAL_SERVER_ERROR' };
  throw new UploadError(extensions, message);
}

/** What an upload sends: the record, the file, its kind and an optional title. */
export interface DocumentUpload<File extends { name: string; type: string }> {
  customerId: string;
  file: File;
  kind: DocumentKind;
  title: string;
}

/**
 * The request that uploads a file to a record: the path with kind and title, the file's type
 * and its URI-encoded name in `X-File-Name`.
 */
export function uploadRequest({
  customerId,
  file,
  kind,
  title,
}: DocumentUpload<{ name: string; type: string }>): {
  url: string;
  headers: Record<string, string>;
} {
  const query = new URLSearchParams({ kind });
  if (title.trim()) query.set('title', title.trim());
  return {
    url: `/files/customers/${encodeURIComponent(customerId)}/documents?${query}`,
    headers: {
      'content-type': uploadTypeOf(file) ?? 'application/octet-stream',
      'x-file-name': encodeURIComponent(file.name),
    },
  };
}

/**
 * Uploads a file to a customer's record (`POST /files/customers/:id/documents`, signed in by
 * the session cookie). Files the API would refuse outright are refused here first, without a
 * request. Throws UploadError (or a TypeError when the API cannot be reached).
 */
export async function uploadDocument(input: DocumentUpload<File>): Promise<{ id: string }> {
  const refusal = refusalOf(input.file);
  if (refusal) throw new UploadError({ code: 'BAD_USER_INPUT', reason: refusal });
  const { url, headers } = uploadRequest(input);
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body: input.file,
  });
  return readUploadAnswer(response);
}

/** `240 kB`, `3.4 MB` in the viewer's language. */
export function formatBytes(bytes: number, language: string): string {
  const [value, unit] =
    bytes >= 1024 * 1024
      ? [bytes / 1024 / 1024, 'megabyte']
      : bytes >= 1024
        ? [bytes / 1024, 'kilobyte']
        : [bytes, 'byte'];
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0,
  }).format(value);
}
