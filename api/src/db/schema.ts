// Every table of every module, for drizzle's relational queries and drizzle-kit.
export * from '../modules/identity/schema.js';
export * from '../modules/locations/schema.js';
export * from '../modules/audit/schema.js';
export * from '../modules/customers/schema.js';
export * from '../modules/documents/schema.js';
export * from '../modules/legal/schema.js';
export * from '../modules/api-keys/schema.js';
export * from '../modules/mail/schema.js';
export * from '../modules/catalog/schema.js';
export * from '../modules/instructors/schema.js';
export * from '../modules/equipment/schema.js';
export * from '../modules/bookings/schema.js';
export * from '../modules/allocations/schema.js';
export * from '../modules/notifications/schema.js';
export * from '../modules/rentals/schema.js';
