import type { AuditEntryFieldsFragment } from '../../gql/graphql';

/**
 * Who an entry is attributed to. Without a user, an entry that came with a request (an
 * address or a request id) was made by someone not signed in; one without is the system's
 * own work (scheduled jobs).
 */
export type ActorKind = 'user' | 'anonymous' | 'system';

export function actorKind(
  entry: Pick<AuditEntryFieldsFragment, 'actor' | 'ip' | 'requestId'>,
): ActorKind {
  if (entry.actor) return 'user';
  return entry.ip || entry.requestId ? 'anonymous' : 'system';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID as its first block (`3f2a9c1e…`), enough to tell rows apart; short ids as they are. */
export function shortId(id: string): string {
  if (UUID.test(id)) return `${id.slice(0, 8)}…`;
  return id.length > 14 ? `${id.slice(0, 12)}…` : id;
}

/**
 * An instant in the viewer's own time zone, in the UI language (`3 Tem 2026 14:05:12`).
 * `timeZone` is for tests; the browser's zone otherwise.
 */
export function formatInstant(iso: string, language: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    ...(timeZone && { timeZone }),
  }).format(date);
}

/** The same instant as a date line and a time line, for a narrow table column. */
export function formatInstantParts(
  iso: string,
  language: string,
  timeZone?: string,
): { date: string; time: string } {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { date: iso, time: '' };
  const zone = timeZone ? { timeZone } : {};
  return {
    date: new Intl.DateTimeFormat(language, { dateStyle: 'medium', ...zone }).format(date),
    time: new Intl.DateTimeFormat(language, { timeStyle: 'medium', ...zone }).format(date),
  };
}

/** The viewer's IANA time zone, named next to full timestamps. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** `data` for reading: indented JSON, or undefined when there is nothing in it. */
export function prettyData(data: unknown): string | undefined {
  if (data === null || data === undefined) return undefined;
  if (typeof data === 'object' && Object.keys(data).length === 0) return undefined;
  return JSON.stringify(data, null, 2);
}

/** One changed field of an entity, for the table's one-line summary. */
export interface FieldChange {
  field: string;
  value: string;
}

/** The detail worth a glance in the table; the drawer shows everything. */
export type EntrySummary =
  { kind: 'email'; email: string } | { kind: 'changes'; changes: FieldChange[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * What the row says beside the action, read from `data` by shape rather than by action, so
 * future actions with the same shape (`data.email`, `data.changes`) get it too.
 */
export function summarize(data: unknown): EntrySummary | undefined {
  if (!isRecord(data)) return undefined;
  if (isRecord(data.changes)) {
    const changes = Object.entries(data.changes)
      .filter(([, value]) => value !== undefined)
      .map(([field, value]) => ({ field, value: asText(value) }));
    if (changes.length > 0) return { kind: 'changes', changes };
  }
  if (typeof data.email === 'string' && data.email) return { kind: 'email', email: data.email };
  return undefined;
}
