import type { AuditEntryFieldsFragment } from '../../gql/graphql';
import { isKnownAction, type KnownAction } from './actions';

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

/** One changed field of an entity; without a value when only the change itself is known. */
export interface FieldChange {
  field: string;
  value?: string;
}

/** A legal document by kind and version (`TERMS`, 3). */
export interface DocumentVersion {
  kind: string;
  version: number;
}

/** One piece of the detail worth a glance in the table; the drawer shows everything. */
export type SummaryPart =
  /** The email a sign-in was tried with. */
  | { kind: 'email'; email: string }
  /** A name or address shown as recorded (an API key's name, an invitation's email). */
  | { kind: 'text'; text: string }
  | { kind: 'role'; role: string }
  | { kind: 'roleChange'; from: string; to: string }
  | { kind: 'changes'; changes: FieldChange[] }
  /** Names of the fields that changed, without their values. */
  | { kind: 'fields'; fields: string[] }
  | { kind: 'sessionsEnded'; count: number }
  | { kind: 'scopes'; count: number }
  | { kind: 'documents'; documents: readonly DocumentVersion[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function textPart(value: unknown): SummaryPart[] {
  return isText(value) ? [{ kind: 'text', text: value }] : [];
}

/** Sessions ended along with the change, worth saying only when there were any. */
function sessionsEnded(count: unknown): SummaryPart[] {
  return typeof count === 'number' && count > 0 ? [{ kind: 'sessionsEnded', count }] : [];
}

function documentVersion(value: unknown): DocumentVersion | undefined {
  if (!isRecord(value) || !isText(value.kind) || typeof value.version !== 'number') return;
  return { kind: value.kind, version: value.version };
}

/** `data.changes` of an update (`{ name: 'Tarifa' }`), the new value of each field. */
function changes(data: Record<string, unknown>): SummaryPart[] {
  if (!isRecord(data.changes)) return [];
  const list = Object.entries(data.changes)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => ({ field, value: asText(value) }));
  return list.length > 0 ? [{ kind: 'changes', changes: list }] : [];
}

/**
 * What the row says beside each action, read from the `data` the API records with it. An
 * action without a reader of its own (one this app does not know yet, or an old one) is read
 * by shape: `data.changes` of an update, else `data.email`.
 */
const READERS: Partial<Record<KnownAction, (data: Record<string, unknown>) => SummaryPart[]>> = {
  'auth.login_failed': (data) => (isText(data.email) ? [{ kind: 'email', email: data.email }] : []),
  'auth.password_changed': (data) => sessionsEnded(data.sessionsEnded),
  'auth.password_reset': (data) => sessionsEnded(data.sessionsEnded),
  'auth.sessions_revoked': (data) => sessionsEnded(data.count),
  'user.role_changed': (data) => {
    const parts: SummaryPart[] = [];
    if (isText(data.from) && isText(data.to)) {
      parts.push({ kind: 'roleChange', from: data.from, to: data.to });
    }
    return [...parts, ...sessionsEnded(data.sessionsEnded)];
  },
  'user.updated': (data) => {
    const list: FieldChange[] = [];
    if (isRecord(data.name) && isText(data.name.from) && isText(data.name.to)) {
      list.push({ field: 'name', value: `${data.name.from} → ${data.name.to}` });
    }
    // Ids only: which locations is in the drawer.
    if (Array.isArray(data.locationIds)) list.push({ field: 'locations' });
    return list.length > 0 ? [{ kind: 'changes', changes: list }] : [];
  },
  'user.deactivated': (data) => sessionsEnded(data.sessionsEnded),
  'invitation.created': (data) => {
    const parts = textPart(data.email);
    if (isText(data.role)) parts.push({ kind: 'role', role: data.role });
    return parts;
  },
  'invitation.revoked': (data) => textPart(data.email),
  'api_key.created': (data) => {
    const parts = textPart(data.name);
    if (Array.isArray(data.scopes)) parts.push({ kind: 'scopes', count: data.scopes.length });
    return parts;
  },
  'api_key.revoked': (data) => textPart(data.name),
  'legal.published': (data) => {
    const document = documentVersion(data);
    const parts: SummaryPart[] = document ? [{ kind: 'documents', documents: [document] }] : [];
    return [...parts, ...textPart(data.title)];
  },
  'legal.accepted': (data) => {
    const documents = Array.isArray(data.documents)
      ? data.documents.map(documentVersion).filter((document) => document !== undefined)
      : [];
    return documents.length > 0 ? [{ kind: 'documents', documents }] : [];
  },
  'customer.updated': (data) => {
    const fields = Array.isArray(data.fields) ? data.fields.filter(isText) : [];
    return fields.length > 0 ? [{ kind: 'fields', fields }] : [];
  },
};

/** The detail of an entry worth a glance, in the order to show it; empty when there is none. */
export function summarize(action: string, data: unknown): SummaryPart[] {
  if (!isRecord(data)) return [];
  const reader = isKnownAction(action) ? READERS[action] : undefined;
  if (reader) return reader(data);
  const updated = changes(data);
  if (updated.length > 0) return updated;
  return isText(data.email) ? [{ kind: 'email', email: data.email }] : [];
}
