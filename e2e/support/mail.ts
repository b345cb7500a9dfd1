import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';

/** One mail the API wrote to its outbox folder (SMTP_URL unset), decoded. */
export interface Mail {
  file: string;
  to: string;
  subject: string;
  /** The text/plain part, transfer encoding undone. */
  text: string;
}

const POLL_MS = 200;

/** Header name (lower case) → value, continuation lines unfolded. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function splitHeadersAndBody(raw: string): [string, string] {
  const match = /\r?\n\r?\n/.exec(raw);
  return match ? [raw.slice(0, match.index), raw.slice(match.index + match[0].length)] : [raw, ''];
}

function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch (encoding?.toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return body;
  }
}

/** RFC 2047 encoded words (`=?UTF-8?Q?=C5=9Eifre?=`) in a header, as text. */
function decodeHeader(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_match, _charset, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

/** The text/plain part of a message, looking inside multipart bodies. */
function textPart(headers: Map<string, string>, body: string): string | undefined {
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) break;
      const [partHeaderBlock, partBody] = splitHeadersAndBody(part.replace(/^\r?\n/, ''));
      const found = textPart(parseHeaders(partHeaderBlock), partBody);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!type.toLowerCase().startsWith('text/plain')) return undefined;
  return decodeBody(body, headers.get('content-transfer-encoding'));
}

/** Reads an .eml as the API's mailer (nodemailer) writes it: enough MIME for tests. */
export function parseMail(raw: string, file = ''): Mail {
  const [headerBlock, body] = splitHeadersAndBody(raw);
  const headers = parseHeaders(headerBlock);
  return {
    file,
    to: decodeHeader(headers.get('to') ?? ''),
    subject: decodeHeader(headers.get('subject') ?? ''),
    text: textPart(headers, body) ?? '',
  };
}

/**
 * The newest mail to `to` in the shared API's outbox, waiting for it to be written (mails
 * leave through a queue). `since` skips mails written before it (a welcome mail sent
 * earlier); `where` picks among the rest (a subject).
 */
export async function readLatestMail(
  to: string,
  {
    since,
    where = () => true,
    timeoutMs = 20_000,
    outboxDir = path.join(inject('filesDir'), 'outbox'),
  }: {
    since?: Date;
    where?: (mail: Mail) => boolean;
    timeoutMs?: number;
    outboxDir?: string;
  } = {},
): Promise<Mail> {
  const wanted = to.toLowerCase();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let names: string[] = [];
    try {
      names = (await readdir(outboxDir)).filter((name) => name.endsWith('.eml'));
    } catch {
      // No mail yet: the folder appears with the first one.
    }
    // Names start with an ISO timestamp: newest first.
    for (const name of names.sort().reverse()) {
      const file = path.join(outboxDir, name);
      if (since && (await stat(file)).mtimeMs < since.getTime()) continue;
      const mail = parseMail(await readFile(file, 'utf8'), file);
      if (mail.to.toLowerCase().includes(wanted) && where(mail)) return mail;
    }
    if (Date.now() > deadline) {
      throw new Error(`No mail to ${to} in ${outboxDir} within ${timeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The first link in a mail's text that carries `token=`, e.g. the reset or invitation link. */
export function tokenLink(mail: Mail): URL {
  const href = /https?:\/\/\S*[?&]token=[^\s>"]+/.exec(mail.text)?.[0];
  if (!href) throw new Error(`No link with a token in the mail "${mail.subject}":\n${mail.text}`);
  return new URL(href);
}
