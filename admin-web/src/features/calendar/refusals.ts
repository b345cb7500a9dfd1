import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { getErrorCode, type ClientErrorCode } from '@plannivo/web-kit/errors';
import type { TFunction } from 'i18next';
import type { Discipline } from '../../gql/graphql';

/** A refused change: the error code and the `extensions` that explain it. */
export interface Refusal {
  code: ClientErrorCode;
  extensions: Record<string, unknown>;
}

/** The code and `extensions` of the first API error that has a code. */
export function readRefusal(error: unknown): Refusal {
  const code = getErrorCode(error);
  let extensions: Record<string, unknown> = {};
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors.find((e) => e.extensions?.code !== undefined);
    extensions = (first?.extensions as Record<string, unknown> | undefined) ?? {};
  }
  return { code, extensions };
}

/** One clash as the API names it in `extensions.conflicts` of BOOKING_CONFLICT. */
export interface Conflict {
  resourceType: 'INSTRUCTOR' | 'EQUIPMENT' | 'ROOM';
  resourceName: string;
  kind: 'BOOKING' | 'MAINTENANCE' | 'TIME_OFF';
  startsAt: string;
  endsAt: string;
}

const RESOURCE_TYPES = ['INSTRUCTOR', 'EQUIPMENT', 'ROOM'] as const;
const KINDS = ['BOOKING', 'MAINTENANCE', 'TIME_OFF'] as const;
const CONFLICT_REASONS = [
  'NO_INSTRUCTOR_AVAILABLE',
  'NO_ROOM_FREE',
  'EQUIPMENT_UNAVAILABLE',
  'SESSION_FULL',
] as const;
/** Why an instructor cannot teach a lesson (the API's IneligibleReason). */
const TEACH_REASONS = [
  'INACTIVE',
  'NOT_AT_LOCATION',
  'NO_DISCIPLINE',
  'LEVEL_TOO_LOW',
  'NO_VALID_CERTIFICATION',
  'NOT_WORKING',
  'TIME_OFF',
  'BUSY',
] as const;
export type TeachReason = (typeof TEACH_REASONS)[number];
/** Input fields the API may refuse on a move, each with its own sentence. */
const MOVE_FIELDS = [
  'startsAt',
  'endsAt',
  'status',
  'instructorId',
  'equipmentIds',
  'notes',
] as const;

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

function conflictsOf(extensions: Record<string, unknown>): Conflict[] {
  const raw = extensions.conflicts;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const c = item as Record<string, unknown>;
    if (
      !isOneOf(RESOURCE_TYPES, c.resourceType) ||
      !isOneOf(KINDS, c.kind) ||
      typeof c.startsAt !== 'string' ||
      typeof c.endsAt !== 'string'
    )
      return [];
    return [
      {
        resourceType: c.resourceType,
        kind: c.kind,
        resourceName: typeof c.resourceName === 'string' ? c.resourceName : '',
        startsAt: c.startsAt,
        endsAt: c.endsAt,
      },
    ];
  });
}

/** What the sentences need to know about the change that was refused. */
export interface RefusalContext {
  /** The location's IANA zone: times are read there. */
  timeZone: string;
  language: string;
  /** The day the booking was put on (`YYYY-MM-DD` at the location): its times need no date. */
  day: string;
  /** The instructor the change asked for, to name them when they cannot teach it. */
  instructorName?: string | null;
  /** The lesson's discipline, for "not certified for kite". */
  discipline?: Discipline | null;
}

const dayOf = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);

/**
 * A time span as the location reads it: `14:00–16:00` on the day in question, with the date
 * when it is another day (`5 Aug 14:00–16:00`), and both dates when it spans days.
 */
export function formatSpan(
  startsAt: string,
  endsAt: string,
  { timeZone, language, day }: Pick<RefusalContext, 'timeZone' | 'language' | 'day'>,
): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const time = new Intl.DateTimeFormat(language, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const date = new Intl.DateTimeFormat(language, { timeZone, day: 'numeric', month: 'short' });
  const startDay = dayOf(start, timeZone);
  // A span that ends at midnight ends on its own day.
  const endDay = dayOf(new Date(end.getTime() - 1), timeZone);
  if (startDay !== endDay) {
    return `${date.format(start)} ${time.format(start)} – ${date.format(end)} ${time.format(end)}`;
  }
  const prefix = startDay === day ? '' : `${date.format(start)} `;
  return `${prefix}${time.format(start)}–${time.format(end)}`;
}

/** "a, b and c" in the language. */
function listOf(items: string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

/** The sentence for each reason an instructor cannot teach a lesson. */
export function teachReasonText(
  reason: TeachReason,
  discipline: Discipline | null | undefined,
  t: TFunction<'calendar'>,
): string {
  const subject = discipline ? t(`disciplineWords.${discipline}`) : t('disciplineWords.none');
  return t(`refusal.why.${reason}`, { discipline: subject });
}

/**
 * Why the API refused a move, resize, reassignment or restore, as sentences in the user's
 * language: each clash names the instructor, item or room and the time it is taken, in the
 * location's zone ("Lucía García is teaching another lesson 14:00–16:00"); an instructor who
 * cannot teach the lesson is named with the reasons. Null when the code has no specific
 * explanation (the caller shows the generic message for the code).
 */
export function explainRefusal(
  refusal: Refusal,
  context: RefusalContext,
  t: TFunction<'calendar'>,
): string[] | null {
  const { code, extensions } = refusal;
  if (code === 'BOOKING_CONFLICT') {
    const sentences = conflictsOf(extensions).map((c) =>
      t(`refusal.conflict.${c.resourceType}.${c.kind}`, {
        name: c.resourceName || t(`refusal.someone.${c.resourceType}`),
        time: formatSpan(c.startsAt, c.endsAt, context),
      }),
    );
    // Several clashes of one resource in a row read as one sentence each; keep the first few.
    const unique = [...new Set(sentences)].slice(0, 3);
    if (unique.length) return unique;
    const reason = extensions.reason;
    return [isOneOf(CONFLICT_REASONS, reason) ? t(`refusal.reason.${reason}`) : t('refusal.taken')];
  }
  if (code === 'BAD_USER_INPUT') {
    const reasons = Array.isArray(extensions.reasons)
      ? extensions.reasons.filter((r): r is TeachReason => isOneOf(TEACH_REASONS, r))
      : [];
    if (reasons.length) {
      return [
        t('refusal.cannotTeach', {
          name: context.instructorName || t('refusal.someone.INSTRUCTOR'),
          reasons: listOf(
            reasons.map((r) => teachReasonText(r, context.discipline, t)),
            context.language,
          ),
        }),
      ];
    }
    const fields =
      typeof extensions.fields === 'object' && extensions.fields !== null
        ? Object.keys(extensions.fields).map((name) => name.split('.').at(-1) ?? name)
        : [];
    const known = fields.filter((f) => isOneOf(MOVE_FIELDS, f));
    if (known.length) return known.map((f) => t(`refusal.field.${f}`));
    return null;
  }
  if (code === 'NOT_FOUND') return [t('refusal.notFound')];
  return null;
}
