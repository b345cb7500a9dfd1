import type { Discipline, SkillLevel } from '../../../gql/graphql';
import { isLocalDate } from './zoned';

/**
 * What the wizard has gathered so far, step by step, and what each step still lacks. Plain
 * data and pure functions: the components only render it.
 */

export const STEPS = ['service', 'slot', 'participants', 'equipment', 'summary'] as const;
export type Step = (typeof STEPS)[number];

/** A free time the availability query offered. */
export interface ChosenSlot {
  startsAt: string;
  endsAt: string;
  placesLeft: number;
  /** Set when the slot joins a group session already running. */
  sessionBookingId: string | null;
  instructors: { id: string; name: string }[];
}

export interface PickedCustomer {
  id: string;
  name: string;
  weightKg: number | null;
  heightCm: number | null;
  skills: { discipline: Discipline; level: SkillLevel }[];
}

/** One piece of gear asked for: a category and, optionally, a size. */
export interface GearNeed {
  key: string;
  category: string;
  size: string | null;
  /** Whom it is for, when the wizard proposed it for a participant (a sizing hint). */
  customerId?: string | null;
}

export interface Draft {
  locationId: string | null;
  serviceId: string | null;
  /** The local date at the service's location. */
  date: string | null;
  slot: ChosenSlot | null;
  /** One of the slot's instructors; null lets the API pick the best fit. */
  instructorId: string | null;
  customers: PickedCustomer[];
  equipment: GearNeed[];
  notes: string;
  /** How many days in a row, the first included (1: a single booking). */
  days: number;
}

export const NOTES_MAX = 2000;
/** The API books at most 60 occurrences at once; two weeks covers a course. */
export const MAX_DAYS = 14;
export const MAX_GEAR = 20;

export const emptyDraft: Draft = {
  locationId: null,
  serviceId: null,
  date: null,
  slot: null,
  instructorId: null,
  customers: [],
  equipment: [],
  notes: '',
  days: 1,
};

/** `?serviceId=…&date=YYYY-MM-DD` of a link into the wizard (from the calendar, say). */
export function draftFromSearch(search: URLSearchParams): { draft: Draft; step: Step } {
  const serviceId = search.get('serviceId')?.trim() || null;
  const rawDate = search.get('date')?.trim() ?? '';
  const date = isLocalDate(rawDate) ? rawDate : null;
  return {
    draft: { ...emptyDraft, serviceId, date },
    step: serviceId ? 'slot' : 'service',
  };
}

export interface ServiceFacts {
  capacity: number;
  kind: string;
  lessonFormat: string | null;
}

/** How many people can still be booked on the slot: its places left, within the capacity. */
export function participantLimit(service: ServiceFacts | null, slot: ChosenSlot | null): number {
  const capacity = Math.max(1, service?.capacity ?? 1);
  if (!slot) return capacity;
  return Math.max(0, Math.min(capacity, slot.placesLeft));
}

/** What keeps the wizard from leaving `step`, as a key of the wizard's `problems.*` texts. */
export type StepProblem =
  | 'chooseService'
  | 'chooseSlot'
  | 'chooseParticipants'
  | 'tooManyParticipants'
  | 'gearCategory'
  | 'tooMuchGear'
  | 'notesTooLong'
  | 'days'
  | 'gearInSeries';

export function stepProblem(
  step: Step,
  draft: Draft,
  service: ServiceFacts | null,
): StepProblem | null {
  switch (step) {
    case 'service':
      return draft.serviceId && service ? null : 'chooseService';
    case 'slot':
      return draft.date && draft.slot ? null : 'chooseSlot';
    case 'participants':
      if (!draft.customers.length) return 'chooseParticipants';
      return draft.customers.length > participantLimit(service, draft.slot)
        ? 'tooManyParticipants'
        : null;
    case 'equipment':
      if (draft.equipment.length > MAX_GEAR) return 'tooMuchGear';
      return draft.equipment.every((g) => g.category) ? null : 'gearCategory';
    case 'summary':
      if (draft.notes.trim().length > NOTES_MAX) return 'notesTooLong';
      if (!Number.isInteger(draft.days) || draft.days < 1 || draft.days > MAX_DAYS) return 'days';
      // createRecurringBookings takes chosen items (equipmentIds), not gear by category and size.
      return draft.days > 1 && equipmentInput(draft.equipment).length ? 'gearInSeries' : null;
  }
}

/** The first step, from the start, that is not complete: where a prefilled wizard opens. */
export function firstOpenStep(draft: Draft, service: ServiceFacts | null): Step {
  return STEPS.find((step) => stepProblem(step, draft, service) !== null) ?? 'summary';
}

/**
 * A draft after a change upstream: another service forgets the slot, gear and (beyond its
 * capacity) participants; another date or slot forgets the instructor.
 */
export function withService(draft: Draft, serviceId: string, locationId: string): Draft {
  if (draft.serviceId === serviceId) return { ...draft, locationId };
  return { ...draft, serviceId, locationId, slot: null, instructorId: null, equipment: [] };
}

export function withDate(draft: Draft, date: string): Draft {
  if (draft.date === date) return draft;
  return { ...draft, date, slot: null, instructorId: null };
}

export function withSlot(draft: Draft, slot: ChosenSlot): Draft {
  const keep = slot.instructors.some((i) => i.id === draft.instructorId);
  return {
    ...draft,
    slot,
    // A running session keeps its own instructor.
    instructorId: slot.sessionBookingId
      ? (slot.instructors[0]?.id ?? null)
      : keep
        ? draft.instructorId
        : null,
  };
}

/** The gear needs as the API takes them (`EquipmentNeedInput`). */
export function equipmentInput(gear: readonly GearNeed[]) {
  return gear
    .filter((g) => g.category)
    .map((g) => ({ category: g.category, ...(g.size ? { size: g.size } : {}) }));
}
