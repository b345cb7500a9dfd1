import type { ImportReportFieldsFragment } from '../../gql/graphql';

/** What the page imports, as the upload route names it (`/imports/customers`). */
export const IMPORT_KINDS = ['customers', 'packages', 'equipment'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const isImportKind = (value: string | null): value is ImportKind =>
  (IMPORT_KINDS as readonly (string | null)[]).includes(value);

export type ImportReport = ImportReportFieldsFragment;
export type ImportRow = ImportReport['rows'][number];
export type ImportProblem = ImportRow['errors'][number];

/** The API's limit; a larger file is refused here without uploading it. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
