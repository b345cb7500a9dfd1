import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from './logger.js';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  /** Files sent with the mail (an invoice PDF), already read from the file store. */
  attachments?: ReadonlyArray<{ filename: string; contentType: string; content: Buffer }>;
}

export interface Mailer {
  readonly kind: 'smtp' | 'file';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * SMTP through nodemailer when SMTP_URL is set. Otherwise each message is rendered by
 * nodemailer all the same and written as an `.eml` file under `<FILES_DIR>/outbox/`, and the
 * log names only its recipient, subject and file: mails carry one-time links, and no token
 * may appear in a log line.
 */
export function createMailer(
  options: { smtpUrl: string | null; from: string; filesDir: string },
  log: Logger,
): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      kind: 'smtp',
      async send(mail) {
        await transport.sendMail({ ...envelope(mail, options.from) });
        log.info({ event: 'mail_sent', mailId: mail.id, to: mail.to }, 'mail sent');
      },
      close: () => transport.close(),
    };
  }
  const dir = path.join(options.filesDir, 'outbox');
  const render = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  return {
    kind: 'file',
    async send(mail) {
      const info = await render.sendMail(envelope(mail, options.from));
      await mkdir(dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = path.join(dir, `${stamp}-${mail.id}.eml`);
      await writeFile(file, info.message as Buffer);
      log.info(
        { event: 'mail_saved', mailId: mail.id, to: mail.to, subject: mail.subject, file },
        'mail saved to the outbox folder (SMTP_URL is not set)',
      );
    },
    close: () => render.close(),
  };
}

const envelope = (mail: OutgoingMail, from: string) => ({
  from,
  to: mail.to,
  subject: mail.subject,
  text: mail.text,
  html: mail.html ?? undefined,
  attachments: mail.attachments?.map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    content: a.content,
  })),
  messageId: `<${mail.id}@plannivo>`,
});
