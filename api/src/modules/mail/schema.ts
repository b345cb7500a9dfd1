import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A file sent with a mail (an invoice PDF), read from the file store when the mail goes out. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  fileKey: string;
}

export const MAIL_STATUSES = ['PENDING', 'SENT', 'FAILED'] as const;
export const mailStatusEnum = pgEnum('mail_status', MAIL_STATUSES);

/**
 * Outgoing mail, written in the same transaction as the change that causes it (a reset
 * request, an invitation) and delivered by a job after commit, with retries.
 */
export const mailOutboxTable = pgTable(
  'mail_outbox',
  {
    id: uuid().primaryKey().defaultRandom(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text(),
    attachments: jsonb()
      .$type<MailAttachment[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** What kind of mail this is (password_reset, invitation), for logs and metrics. */
    template: text().notNull(),
    status: mailStatusEnum().notNull().default('PENDING'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('mail_outbox_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'PENDING'`),
  ],
);
export type MailRow = typeof mailOutboxTable.$inferSelect;
