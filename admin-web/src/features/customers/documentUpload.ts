import type { CustomerDocumentKind } from '../../gql/graphql';

/** The API's limit (api/src/modules/documents/content.ts), checked here before sending. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

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
export type UploadRefusal =
  'FILE_TOO_LARGE' | 'FILE_EMPTY' | 'FILE_TYPE_NOT_ALLOWED' | 'FILE_CONTENT_MISMATCH';

/**
 * The type to send a file as: the browser's, or from its extension when the browser has none
 * (HEIC photos often come without one). Null for a type the API does not take.
 */
export function uploadTypeOf(file: { name: string; type: string }): string | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
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
    readonly extensions: {
      code: string;
      reason?: UploadRefusal | string;
      fields?: Record<string, string>;
    },
    message = extensions.reason ?? extensions.code,
  ) {
    super(message);
    this.name = 'UploadError';
  }

  get reason() {
    return this.extensions.reason;
  }
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

/**
 * Uploads a file to a customer's record (`POST /files/customers/:id/documents`, signed in by
 * the session cookie), with its name in `X-File-Name`. Files the API would refuse outright
 * are refused here first. Throws UploadError (or a TypeError when the API cannot be reached).
 */
export async function uploadCustomerDocument({
  customerId,
  file,
  kind,
  title,
}: {
  customerId: string;
  file: File;
  kind: CustomerDocumentKind;
  title: string;
}): Promise<{ id: string }> {
  const refusal = refusalOf(file);
  if (refusal) throw new UploadError({ code: 'BAD_USER_INPUT', reason: refusal });
  const query = new URLSearchParams({ kind });
  if (title.trim()) query.set('title', title.trim());
  const response = await fetch(
    `/files/customers/${encodeURIComponent(customerId)}/documents?${query}`,
    {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': uploadTypeOf(file)!,
        'x-file-name': encodeURIComponent(file.name),
      },
      body: file,
    },
  );
  return readUploadAnswer(response);
}

/** `240 KB`, `3.4 MB` in the viewer's language. */
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
