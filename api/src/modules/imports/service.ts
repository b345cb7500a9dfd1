import { importCustomers } from './customer-import.js';
import { importEquipment } from './equipment-import.js';
import { importPackages } from './package-import.js';
import type { ImportArgs, ImportKind, ImportReport } from './report.js';

export { importCustomers } from './customer-import.js';
export { importEquipment } from './equipment-import.js';
export { importPackages } from './package-import.js';
export {
  IMPORT_KINDS,
  IMPORT_PROBLEM_CODES,
  type ImportContext,
  type ImportKind,
  type ImportProblem,
  type ImportProblemCode,
  type ImportReport,
  type ImportReportRow,
  type ImportRowStatus,
} from './report.js';

const IMPORTERS: Record<ImportKind, (args: ImportArgs) => Promise<ImportReport>> = {
  CUSTOMERS: importCustomers,
  PACKAGES: importPackages,
  EQUIPMENT: importEquipment,
};

/**
 * Imports a CSV file of one kind (see `importCustomers`, `importPackages` and
 * `importEquipment`): what the
 * upload route and the import command call. The caller has checked that the caller may
 * (management).
 */
export function importFile(kind: ImportKind, args: ImportArgs): Promise<ImportReport> {
  return IMPORTERS[kind](args);
}
