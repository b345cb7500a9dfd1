import { buffer } from 'node:stream/consumers';
import { and, eq, lte } from 'drizzle-orm';
import type { AppDeps, ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import type { FileStore } from '../../platform/files.js';
import { mailOutboxTable, type MailAttachment } from './schema.js';
import { renderMail, type MailTemplate, type MailTemplates } from './templates.js';

const MAX_ATTEMPTS = 8;
const SWEEP_BATCH = 50;

/** Minutes before the next try after `attempts` failures: 1, 2, 4, ... capped at an hour. */
export const retryDelayMs = (attempts: number) =>
  Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;

/**
 * Writes a mail to the outbox inside the caller's transaction, so it exists exactly when the
 * change that caused it commits. Call `dispatchMail` after the commit to send it at once;
 * the sweep job sends anything left behind. `attachments` name files already in the file store
 * (an invoice PDF): they are read when the mail goes out, so they must outlive the outbox row.
 */
export async function queueMail<K extends MailTemplate>(
  tx: DbOrTx,
  mail: {
    to: string;
    locale: string;
    template: K;
    vars: MailTemplates[K];
    attachments?: MailAttachment[];
  },
  now: Date,
): Promise<string> {
  const rendered = renderMail(mail.template, mail.locale, mail.vars);
  const [row] = await tx
    .insert(mailOutboxTable)
    .values({
      to: mail.to,
      template: mail.template,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      attachments: mail.attachments ?? [],
      createdAt: now,
      nextAttemptAt: now,
    })
    .returning({ id: mailOutboxTable.id });
  return row!.id;
}

/** Asks the job runner to deliver a committed outbox mail now. */
export async function dispatchMail(ctx: Pick<ServiceContext, 'deps' | 'log'>, mailId: string) {
  await ctx.deps.platform.jobs
    .enqueue('mail.deliver', { mailId }, { jobId: `mail-${mailId}` })
    .catch((err) => ctx.log.warn({ err, mailId }, 'mail dispatch failed; the sweep will retry'));
}

/** How long a claimed mail is left alone by other workers while it is being sent. */
const LEASE_MS = 5 * 60_000;

/**
 * Sends one due mail through the platform mailer and records the outcome. The row is claimed
 * first (its next attempt moved past a lease), outside any long transaction: SMTP can be slow,
 * and the embedded database has one connection. Two workers never send the same mail.
 * A failure is retried with growing delays; after MAX_ATTEMPTS it is FAILED and stays.
 */
export async function deliverMail(
  deps: Pick<AppDeps, 'db' | 'platform' | 'log'>,
  mailId: string,
  now: Date,
) {
  const [mail] = await deps.db
    .update(mailOutboxTable)
    .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
    .where(
      and(
        eq(mailOutboxTable.id, mailId),
        eq(mailOutboxTable.status, 'PENDING'),
        lte(mailOutboxTable.nextAttemptAt, now),
      ),
    )
    .returning();
  if (!mail) return 'skipped' as const;
  const attempts = mail.attempts + 1;
  try {
    await deps.platform.mailer.send({
      ...mail,
      attachments: await readAttachments(deps.platform.files, mail.attachments),
    });
  } catch (error) {
    const failed = attempts >= MAX_ATTEMPTS;
    deps.log.warn(
      { err: error, mailId: mail.id, attempts, template: mail.template },
      failed ? 'mail failed for good' : 'mail failed; will retry',
    );
    await deps.db
      .update(mailOutboxTable)
      .set({
        status: failed ? 'FAILED' : 'PENDING',
        attempts,
        lastError: (error as Error).message.slice(0, 500),
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
      })
      .where(eq(mailOutboxTable.id, mail.id));
    return 'failed' as const;
  }
  await deps.db
    .update(mailOutboxTable)
    .set({ status: 'SENT', sentAt: now, attempts, lastError: null })
    .where(eq(mailOutboxTable.id, mail.id));
  return 'sent' as const;
}

/**
 * The bytes of a mail's attachments from the file store. A missing file fails this attempt
 * (retried like an SMTP error): it may still be on its way to a shared volume.
 */
async function readAttachments(files: FileStore, attachments: readonly MailAttachment[]) {
  return Promise.all(
    attachments.map(async (a) => {
      const file = await files.get(a.fileKey);
      if (!file) throw new Error(`attachment ${a.fileKey} is not in the file store`);
      return { filename: a.filename, contentType: a.contentType, content: await buffer(file.body) };
    }),
  );
}

/** Delivers every pending mail that is due; returns how many were sent. */
export async function sweepMail(deps: Pick<AppDeps, 'db' | 'platform' | 'log'>, now: Date) {
  const due = await deps.db
    .select({ id: mailOutboxTable.id })
    .from(mailOutboxTable)
    .where(and(eq(mailOutboxTable.status, 'PENDING'), lte(mailOutboxTable.nextAttemptAt, now)))
    .orderBy(mailOutboxTable.nextAttemptAt)
    .limit(SWEEP_BATCH);
  let sent = 0;
  for (const { id } of due) if ((await deliverMail(deps, id, now)) === 'sent') sent += 1;
  return sent;
}
