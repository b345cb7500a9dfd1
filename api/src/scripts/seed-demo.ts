/**
 * `npm run seed:demo`: seeds the demo school into the configured database (embedded or the
 * one DATABASE_URL names) after migrating it. Does nothing when the database has users.
 */
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { createFileStore } from '../platform/files.js';
import { createLogger } from '../platform/logger.js';
import { seedDemoSchool } from '../seed/demo.js';

const config = loadConfig();
const log = createLogger(config);
const database = await openDatabase(config);
try {
  await database.migrate();
  const result = await seedDemoSchool(database.db, log, {
    files: createFileStore(config),
    publicUrl: config.publicUrl,
  });
  console.log(result.seeded ? 'Demo school seeded.' : `Nothing seeded: ${result.reason}.`);
} finally {
  await database.close();
}
