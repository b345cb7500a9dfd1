import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../locales/en/calendar.json';
import tr from '../../../locales/tr/calendar.json';
import { explainRefusal, formatSpan, type Refusal, type RefusalContext } from './refusals';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { calendar: en }, tr: { calendar: tr } },
    lng: 'en',
    ns: ['calendar'],
    interpolation: { escapeValue: false },
  });
});
const tEn = () => i18n.getFixedT('en', 'calendar');
const tTr = () => i18n.getFixedT('tr', 'calendar');

const TARIFA: Omit<RefusalContext, 'language'> = {
  timeZone: 'Europe/Madrid',
  day: '2026-08-03',
  instructorName: 'Lucía García',
  discipline: 'KITE',
};

/** A BOOKING_CONFLICT as the API sends it: instants in UTC. */
function conflict(
  clashes: {
    resourceType: string;
    resourceName: string;
    kind: string;
    startsAt: string;
    endsAt: string;
  }[],
  extra: Record<string, unknown> = {},
): Refusal {
  return {
    code: 'BOOKING_CONFLICT',
    extensions: {
      code: 'BOOKING_CONFLICT',
      conflicts: clashes.map((c) => ({ resourceId: 'x', bookingId: null, ...c })),
      ...extra,
    },
  };
}

// 12:00Z–14:00Z on 3 August is 14:00–16:00 in Tarifa (summer time, UTC+2).
const LESSON = { startsAt: '2026-08-03T12:00:00.000Z', endsAt: '2026-08-03T14:00:00.000Z' };

describe('a clash in words, at the location’s time', () => {
  it('names the instructor teaching another lesson, in English and Turkish', () => {
    const refusal = conflict([
      { resourceType: 'INSTRUCTOR', resourceName: 'Lucía García', kind: 'BOOKING', ...LESSON },
    ]);
    expect(explainRefusal(refusal, { ...TARIFA, language: 'en' }, tEn())).toEqual([
      'Lucía García is teaching another lesson 14:00–16:00',
    ]);
    expect(explainRefusal(refusal, { ...TARIFA, language: 'tr' }, tTr())).toEqual([
      'Lucía García 14:00–16:00 arasında başka bir derste',
    ]);
  });

  it('has its own words for time off, maintenance, equipment and rooms', () => {
    const refusal = conflict([
      { resourceType: 'INSTRUCTOR', resourceName: 'Deniz Yılmaz', kind: 'TIME_OFF', ...LESSON },
      { resourceType: 'EQUIPMENT', resourceName: 'North Reach 9m', kind: 'MAINTENANCE', ...LESSON },
      { resourceType: 'EQUIPMENT', resourceName: 'Board 138', kind: 'BOOKING', ...LESSON },
    ]);
    expect(explainRefusal(refusal, { ...TARIFA, language: 'en' }, tEn())).toEqual([
      'Deniz Yılmaz is off work 14:00–16:00',
      'North Reach 9m is in maintenance 14:00–16:00',
      'Board 138 is already out on another booking 14:00–16:00',
    ]);
    expect(explainRefusal(refusal, { ...TARIFA, language: 'tr' }, tTr())).toEqual([
      'Deniz Yılmaz 14:00–16:00 arasında izinli',
      'North Reach 9m 14:00–16:00 arasında bakımda',
      'Board 138 14:00–16:00 arasında başka bir rezervasyonda kullanımda',
    ]);
    const room = conflict([
      { resourceType: 'ROOM', resourceName: 'Bungalow 2', kind: 'BOOKING', ...LESSON },
    ]);
    expect(explainRefusal(room, { ...TARIFA, language: 'tr' }, tTr())).toEqual([
      'Bungalow 2 14:00–16:00 arasında dolu',
    ]);
  });

  it('reads the times in the location’s zone: Akyaka is UTC+3', () => {
    const refusal = conflict([
      { resourceType: 'INSTRUCTOR', resourceName: 'Deniz Yılmaz', kind: 'BOOKING', ...LESSON },
    ]);
    expect(
      explainRefusal(refusal, { ...TARIFA, timeZone: 'Europe/Istanbul', language: 'en' }, tEn()),
    ).toEqual(['Deniz Yılmaz is teaching another lesson 15:00–17:00']);
  });

  it('adds the date when the clash is on another day, both dates when it spans days', () => {
    const context = { ...TARIFA, language: 'en' };
    expect(formatSpan('2026-08-04T07:00:00Z', '2026-08-04T09:00:00Z', context)).toBe(
      'Aug 4 09:00–11:00',
    );
    expect(formatSpan('2026-08-03T12:00:00Z', '2026-08-05T08:00:00Z', context)).toBe(
      'Aug 3 14:00 – Aug 5 10:00',
    );
    expect(
      formatSpan('2026-08-04T07:00:00Z', '2026-08-04T09:00:00Z', { ...context, language: 'tr' }),
    ).toBe('4 Ağu 09:00–11:00');
    // Ending at midnight still ends on its own day.
    expect(formatSpan('2026-08-03T20:00:00Z', '2026-08-03T22:00:00Z', context)).toBe('22:00–00:00');
  });

  it('reads a clash on the spring-forward day in the right offset', () => {
    // 29 March 2026 in Madrid: 08:00Z is 10:00 (CEST), 00:30Z is 01:30 (CET).
    expect(
      formatSpan('2026-03-29T00:30:00Z', '2026-03-29T08:00:00Z', {
        timeZone: 'Europe/Madrid',
        language: 'en',
        day: '2026-03-29',
      }),
    ).toBe('01:30–10:00');
  });

  it('names an unnamed resource and falls back to the reason or a plain sentence', () => {
    const unnamed = conflict([
      { resourceType: 'INSTRUCTOR', resourceName: '', kind: 'BOOKING', ...LESSON },
    ]);
    expect(explainRefusal(unnamed, { ...TARIFA, language: 'en' }, tEn())).toEqual([
      'The instructor is teaching another lesson 14:00–16:00',
    ]);
    const none = conflict([], { reason: 'NO_INSTRUCTOR_AVAILABLE' });
    expect(explainRefusal(none, { ...TARIFA, language: 'tr' }, tTr())).toEqual([
      'O saatte bu dersi verebilecek boş eğitmen yok.',
    ]);
    expect(explainRefusal(conflict([]), { ...TARIFA, language: 'en' }, tEn())).toEqual([
      'That time is no longer free.',
    ]);
  });
});

describe('an instructor who cannot teach the lesson', () => {
  const refusal: Refusal = {
    code: 'BAD_USER_INPUT',
    extensions: {
      code: 'BAD_USER_INPUT',
      fields: { instructorId: 'cannot teach this lesson (NO_VALID_CERTIFICATION, LEVEL_TOO_LOW)' },
      reasons: ['NO_VALID_CERTIFICATION', 'LEVEL_TOO_LOW'],
    },
  };

  it('lists the reasons in words', () => {
    expect(explainRefusal(refusal, { ...TARIFA, language: 'en' }, tEn())).toEqual([
      "Lucía García cannot teach this lesson: not certified for kite and below the student's level.",
    ]);
    expect(explainRefusal(refusal, { ...TARIFA, language: 'tr' }, tTr())).toEqual([
      'Lucía García bu dersi veremez: kite sörfü için geçerli sertifikası yok ve öğrencinin seviyesinin altında.',
    ]);
  });

  it('says when they are not working then', () => {
    const notWorking: Refusal = {
      code: 'BAD_USER_INPUT',
      extensions: { fields: { instructorId: '…' }, reasons: ['NOT_WORKING'] },
    };
    expect(explainRefusal(notWorking, { ...TARIFA, language: 'en' }, tEn())).toEqual([
      'Lucía García cannot teach this lesson: not working then.',
    ]);
  });
});

describe('other refusals', () => {
  it('explains refused fields and a booking that is gone', () => {
    const closed: Refusal = {
      code: 'BAD_USER_INPUT',
      extensions: { fields: { status: 'a completed booking cannot be moved' } },
    };
    expect(explainRefusal(closed, { ...TARIFA, language: 'en' }, tEn())).toEqual([
      'This booking can no longer be changed.',
    ]);
    expect(
      explainRefusal({ code: 'NOT_FOUND', extensions: {} }, { ...TARIFA, language: 'tr' }, tTr()),
    ).toEqual(['Bu rezervasyon artık yok: biri arşivlemiş olabilir.']);
  });

  it('leaves anything else to the generic message of its code', () => {
    expect(
      explainRefusal({ code: 'FORBIDDEN', extensions: {} }, { ...TARIFA, language: 'en' }, tEn()),
    ).toBeNull();
    expect(
      explainRefusal(
        { code: 'BAD_USER_INPUT', extensions: { fields: { somethingElse: 'x' } } },
        { ...TARIFA, language: 'en' },
        tEn(),
      ),
    ).toBeNull();
  });
});
