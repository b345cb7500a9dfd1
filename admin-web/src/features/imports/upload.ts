import type { ClientErrorCode } from '@plannivo/web-kit/errors';
import { MAX_IMPORT_BYTES, type ImportKind, type ImportReport } from './kinds';

/**
 * The upload route, beside /graphql on the app's own origin (the API serves the app, or Vite
 * proxies to it), so the session cookie goes along. Files go there rather than through a
 * GraphQL mutation, whose body limit is 1 MB.
 */
const IMPORTS_PATH = '/imports';

/** Why an upload was refused; `reason` and `columns` come with a refused file. */
export interface ImportFailure {
  code: ClientErrorCode;
  /** CSV_EMPTY, CSV_NOT_TEXT, CSV_TOO_LARGE, CSV_MALFORMED, CSV_HEADER, UNSUPPORTED_MEDIA_TYPE … */
  reason: string | null;
  /** The header cells a CSV_HEADER refusal names. */
  columns: string[];
  /** The API's English sentence, for anything the app has no words of its own for. */
  message: string | null;
}

export type UploadResult =
  { ok: true; report: ImportReport } | { ok: false; failure: ImportFailure };

const failure = (code: ImportFailure['code'], reason: string | null = null): UploadResult => ({
  ok: false,
  failure: { code, reason, columns: [], message: null },
});

/**
 * Sends a CSV file to `POST /imports/:kind` as a dry run or for real, and reads the answer:
 * the report, or the refusal as `{ error: { code, reason?, columns?, message } }`.
 */
export async function uploadImport(
  kind: ImportKind,
  file: Blob,
  options: { dryRun: boolean; allOrNothing: boolean },
  fetchImpl: typeof fetch = fetch,
): Promise<UploadResult> {
  if (file.size > MAX_IMPORT_BYTES) return failure('BAD_USER_INPUT', 'CSV_TOO_LARGE');
  const query = new URLSearchParams({
    dryRun: String(options.dryRun),
    allOrNothing: String(options.allOrNothing),
  });
  let response: Response;
  try {
    response = await fetchImpl(`${IMPORTS_PATH}/${kind}?${query}`, {
      method: 'POST',
      credentials: 'same-origin',
      // Not a type an HTML form can send: the API refuses anything else (CSRF).
      headers: { 'content-type': 'text/csv' },
      body: file,
    });
  } catch {
    return failure('NETWORK_ERROR');
  }
  const body = (await response.json().catch(() => null)) as
    | (ImportReport & { error?: undefined })
    | { error?: { code?: string; reason?: string; columns?: string[]; message?: string } }
    | null;
  if (response.ok && body && !body.error && 'rows' in body) return { ok: true, report: body };
  const error = body?.error;
  if (!error?.code) {
    // A proxy's own page (an HTML 413 or 502): no JSON to read.
    return response.status === 413
      ? failure('BAD_USER_INPUT', 'CSV_TOO_LARGE')
      : failure('INTERNAL_SERVER_ERROR');
  }
  return {
    ok: false,
    failure: {
      code: error.code as ClientErrorCode,
      reason: error.reason ?? null,
      columns: Array.isArray(error.columns) ? error.columns : [],
      message: error.message ?? null,
    },
  };
}
