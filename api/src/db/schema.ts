// Every table of every module, for drizzle's relational queries and drizzle-kit.
export * from '../modules/identity/schema.js';
export * from '../modules/locations/schema.js';
export * from '../modules/audit/schema.js';
