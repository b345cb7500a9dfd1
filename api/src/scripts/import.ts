/**
 * `npm run import -- customers|packages|equipment FILE.csv [--dry-run] [--all-or-nothing]`:
 * imports customer records, catalog packages or equipment from a CSV file into the configured
 * database (embedded or DATABASE_URL), after migrating it. Prints the counts and every refused
 * line with its reasons.
 * Exit 0 when rows were imported (or, in a dry run, could be); 1 when nothing could be, or the
 * file as a whole is refused; 2 for a wrong command line.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, REPO_ROOT } from '../config.js';
import { openDatabase } from '../db/client.js';
import { DomainError } from '../errors.js';
import { importFile, type ImportKind, type ImportReport } from '../modules/imports/service.js';

const USAGE =
  'Usage: npm run import -- customers|packages|equipment FILE.csv [--dry-run] [--all-or-nothing]';
const KINDS: Record<string, ImportKind> = {
  customers: 'CUSTOMERS',
  packages: 'PACKAGES',
  equipment: 'EQUIPMENT',
};

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, 'all-or-nothing': { type: 'boolean' } },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const [kindArg = '', file, ...rest] = args.positionals;
const kind = Object.hasOwn(KINDS, kindArg) ? KINDS[kindArg]! : null;
if (!kind || !file || rest.length) {
  console.error(USAGE);
  process.exit(2);
}
const dryRun = Boolean(args.values['dry-run']);
const allOrNothing = Boolean(args.values['all-or-nothing']);

const found = await readCsv(file);
if (!found) {
  console.error(`Cannot import ${file}: no such file`);
  process.exit(1);
}

const database = await openDatabase(loadConfig());
try {
  await database.migrate();
  const report = await importFile(kind, {
    ctx: {
      db: database.db,
      viewer: null,
      ip: null,
      // Shown in the audit log as where the import came from.
      requestId: `command:import:${randomBytes(4).toString('hex')}`,
      now: () => new Date(),
    },
    file: found.content,
    dryRun,
    allOrNothing,
  });
  printReport(found.path, report);
  const imported = dryRun
    ? report.validRows > 0 && !(allOrNothing && report.invalidRows > 0)
    : report.created > 0;
  if (!imported) process.exitCode = 1;
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  console.error(`Cannot import ${found.path}: ${error.message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}

/**
 * The file's bytes. npm runs the script in api/, so a relative path is tried from there and
 * then from the repository root, where `npm run import` is usually typed.
 */
async function readCsv(name: string) {
  const candidates = path.isAbsolute(name)
    ? [name]
    : [path.resolve(name), path.resolve(REPO_ROOT, name)];
  for (const candidate of candidates) {
    const content = await readFile(candidate).catch(() => null);
    if (content) return { path: candidate, content };
  }
  return null;
}

function printReport(file: string, report: ImportReport) {
  const n = (count: number) => count.toLocaleString('en');
  console.log(`File: ${file}`);
  console.log(
    `Rows: ${n(report.totalRows)}, valid: ${n(report.validRows)}, ` +
      `invalid: ${n(report.invalidRows)}, created: ${n(report.created)}`,
  );
  console.log(`${report.message}.`);
  const bad = report.rows.filter((r) => r.status === 'INVALID');
  if (bad.length) console.log('\nLines with problems:');
  for (const row of bad) {
    const reasons = row.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message));
    console.log(`  line ${row.line}${row.name ? ` (${row.name})` : ''}: ${reasons.join('; ')}`);
  }
}
