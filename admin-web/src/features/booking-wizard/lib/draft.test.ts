import { describe, expect, it } from 'vitest';
import {
  draftFromSearch,
  emptyDraft,
  equipmentInput,
  firstOpenStep,
  participantLimit,
  stepProblem,
  withDate,
  withService,
  withSlot,
  type ChosenSlot,
  type Draft,
} from './draft';

const privateLesson = { capacity: 1, kind: 'LESSON', lessonFormat: 'PRIVATE' };
const group = { capacity: 6, kind: 'LESSON', lessonFormat: 'GROUP' };
const slot: ChosenSlot = {
  startsAt: '2026-11-25T09:00:00.000Z',
  endsAt: '2026-11-25T11:00:00.000Z',
  placesLeft: 6,
  sessionBookingId: null,
  instructors: [
    { id: 'i-1', name: 'Lucía García' },
    { id: 'i-2', name: 'Finn Larsen' },
  ],
};
const person = (id: string) => ({ id, name: id, weightKg: null, heightCm: null, skills: [] });

describe('draftFromSearch', () => {
  it('opens on the slot step with a prefilled service and a real date', () => {
    const { draft, step } = draftFromSearch(new URLSearchParams('serviceId=s-1&date=2026-11-25'));
    expect(step).toBe('slot');
    expect(draft).toMatchObject({ serviceId: 's-1', date: '2026-11-25' });
  });

  it('ignores a date that is not one, and starts at the service without a service', () => {
    expect(draftFromSearch(new URLSearchParams('serviceId=s-1&date=2026-02-30')).draft.date).toBe(
      null,
    );
    expect(draftFromSearch(new URLSearchParams('date=2026-11-25')).step).toBe('service');
  });
});

describe('participantLimit', () => {
  it('is the capacity for a new booking and the places left in a running session', () => {
    expect(participantLimit(group, null)).toBe(6);
    expect(participantLimit(group, { ...slot, placesLeft: 2, sessionBookingId: 'b-1' })).toBe(2);
    expect(participantLimit(privateLesson, slot)).toBe(1);
  });
});

describe('stepProblem', () => {
  const ready: Draft = {
    ...emptyDraft,
    serviceId: 's-1',
    date: '2026-11-25',
    slot,
    customers: [person('c-1')],
  };

  it('asks for each choice in turn', () => {
    expect(stepProblem('service', emptyDraft, null)).toBe('chooseService');
    expect(stepProblem('slot', { ...ready, slot: null }, group)).toBe('chooseSlot');
    expect(stepProblem('participants', { ...ready, customers: [] }, group)).toBe(
      'chooseParticipants',
    );
    expect(firstOpenStep({ ...ready, slot: null }, group)).toBe('slot');
    expect(firstOpenStep(ready, group)).toBe('summary');
  });

  it('refuses more people than the slot has places', () => {
    const two = { ...ready, customers: [person('c-1'), person('c-2')] };
    expect(stepProblem('participants', two, privateLesson)).toBe('tooManyParticipants');
    expect(stepProblem('participants', two, group)).toBeNull();
  });

  it('needs a category for each piece of gear, and notes and days within bounds', () => {
    const gear = [{ key: 'g', category: '', size: null }];
    expect(stepProblem('equipment', { ...ready, equipment: gear }, group)).toBe('gearCategory');
    expect(stepProblem('summary', { ...ready, notes: 'x'.repeat(2001) }, group)).toBe(
      'notesTooLong',
    );
    expect(stepProblem('summary', { ...ready, days: 15 }, group)).toBe('days');
    expect(stepProblem('summary', { ...ready, days: 14 }, group)).toBeNull();
    // A series cannot pick gear by category and size (the API takes item ids for a series).
    expect(
      stepProblem(
        'summary',
        { ...ready, days: 3, equipment: [{ key: 'g', category: 'KITE', size: null }] },
        group,
      ),
    ).toBe('gearInSeries');
  });
});

describe('changes upstream', () => {
  it('forgets the slot and gear when the service changes, not when it stays', () => {
    const draft: Draft = {
      ...emptyDraft,
      serviceId: 's-1',
      slot,
      equipment: [{ key: 'g', category: 'KITE', size: '9m' }],
      customers: [person('c-1')],
    };
    expect(withService(draft, 's-1', 'l-1')).toMatchObject({ slot, locationId: 'l-1' });
    expect(withService(draft, 's-2', 'l-1')).toMatchObject({
      slot: null,
      equipment: [],
      customers: [person('c-1')],
    });
    expect(withDate({ ...draft, date: '2026-11-25' }, '2026-11-26').slot).toBeNull();
  });

  it('keeps a chosen instructor the new slot also offers, and a session’s own', () => {
    const chosen = { ...emptyDraft, instructorId: 'i-2' };
    expect(withSlot(chosen, slot).instructorId).toBe('i-2');
    expect(withSlot(chosen, { ...slot, instructors: [slot.instructors[0]!] }).instructorId).toBe(
      null,
    );
    expect(
      withSlot(chosen, { ...slot, sessionBookingId: 'b-1', instructors: [slot.instructors[0]!] })
        .instructorId,
    ).toBe('i-1');
  });
});

describe('equipmentInput', () => {
  it('sends the size only when one was chosen', () => {
    expect(
      equipmentInput([
        { key: 'a', category: 'KITE', size: '9m' },
        { key: 'b', category: 'HARNESS', size: null },
        { key: 'c', category: '', size: null },
      ]),
    ).toEqual([{ category: 'KITE', size: '9m' }, { category: 'HARNESS' }]);
  });
});
