/**
 * `npm run audit:verify`: walks the audit log of the configured database and checks its hash
 * chain. Exit 0 when intact; exit 1 naming the first broken row (edited, or the row after a
 * deleted one).
 */
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { verifyAuditChain } from '../modules/audit/service.js';

const database = await openDatabase(loadConfig());
try {
  const { checked, broken } = await verifyAuditChain(database.db);
  if (broken) {
    const why =
      broken.reason === 'hash_mismatch'
        ? 'its content was changed'
        : 'the row before it was changed or deleted';
    console.error(
      `Audit log broken at row ${broken.id}: ${why} (${checked} rows before it are intact).`,
    );
    process.exitCode = 1;
  } else {
    console.log(`Audit log intact: ${checked} rows checked.`);
  }
} finally {
  await database.close();
}
