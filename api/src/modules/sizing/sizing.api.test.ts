import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { seedTestSchool, type TestSchool } from '../../test/school.js';
import { allocationsTable } from '../allocations/schema.js';
import { equipmentTable } from '../equipment/schema.js';

let t: TestApp;
let student: SignedIn;
let school: TestSchool;

const QUERY = `query($input: SizingInput!) {
  sizingSuggestions(input: $input) {
    category size rangeFrom rangeTo
    reason { code exactSize windLimitKnots bandMinKg bandMaxKg heightSize weightSize bmi }
    stock { size total free inRange suggested }
  }
}`;

interface Suggestion {
  category: string;
  size: string | null;
  rangeFrom: string | null;
  rangeTo: string | null;
  reason: Record<string, unknown> & { code: string };
  stock: Array<{
    size: string;
    total: number;
    free: number | null;
    inRange: boolean;
    suggested: boolean;
  }>;
}

const ask = (input: Record<string, unknown>, token: string | undefined = student.token) =>
  t.gql<{ sizingSuggestions: Suggestion[] }>(QUERY, { input }, { token });

beforeAll(async () => {
  t = await startTestApp();
  student = await t.signIn('STUDENT');
  // Kites 7m, 9m, 9m, 12m; add boards and wetsuits, one of them retired.
  school = await seedTestSchool(t.db);
  const item = (category: string, size: string, status: 'AVAILABLE' | 'RETIRED' = 'AVAILABLE') => ({
    locationId: school.location.id,
    name: `${category} ${size}`,
    category,
    size,
    status,
  });
  await t.db
    .insert(equipmentTable)
    .values([
      item('BOARD', '132cm'),
      item('BOARD', '136cm'),
      item('BOARD', '138cm'),
      item('BOARD', '141cm'),
      item('WETSUIT', 'S'),
      item('WETSUIT', 'M'),
      item('WETSUIT', 'L'),
      item('WETSUIT', 'L'),
      item('WETSUIT', 'XL', 'RETIRED'),
    ]);
});
afterAll(() => t.stop());

describe('sizingSuggestions', () => {
  it('suggests a kite, board and wetsuit for a student and lists the stock nearest first', async () => {
    const res = await ask({
      locationId: school.location.id,
      categories: ['kite', 'Board', 'WETSUIT', 'helmet'],
      weightKg: 75,
      heightCm: 178,
      windKnots: 18,
    });
    expect(res.errors).toBeUndefined();
    const [kite, board, suit, helmet] = res.data!.sizingSuggestions;
    expect(kite).toMatchObject({
      category: 'KITE',
      size: '9m',
      rangeFrom: '8m',
      rangeTo: '10m',
      reason: { code: 'KITE_RULE', exactSize: 9.2 },
    });
    expect(kite!.stock).toEqual([
      { size: '9m', total: 2, free: null, inRange: true, suggested: true },
      { size: '7m', total: 1, free: null, inRange: false, suggested: false },
      { size: '12m', total: 1, free: null, inRange: false, suggested: false },
    ]);
    expect(board).toMatchObject({
      size: '139cm',
      rangeFrom: '138cm',
      rangeTo: '141cm',
      reason: { code: 'BOARD_WEIGHT', bandMinKg: 75, bandMaxKg: 90 },
    });
    expect(board!.stock.map((s) => [s.size, s.inRange])).toEqual([
      ['138cm', true],
      ['141cm', true],
      ['136cm', false],
      ['132cm', false],
    ]);
    // 178 cm is L, 75 kg is L; the retired XL is not stock.
    expect(suit).toMatchObject({ size: 'L', reason: { code: 'WETSUIT_CHART', bmi: 23.7 } });
    expect(suit!.stock.map((s) => [s.size, s.total])).toEqual([
      ['L', 2],
      ['M', 1],
      ['S', 1],
    ]);
    expect(helmet).toMatchObject({ category: 'HELMET', size: null, reason: { code: 'NO_RULE' } });
  });

  it('counts the items free at a time, and puts a size with none free last', async () => {
    const startsAt = new Date('2030-07-01T14:00:00Z');
    const endsAt = new Date('2030-07-01T16:00:00Z');
    const nines = school.kites.filter((k) => k.size === '9m');
    const hold = (equipmentId: string) => ({
      resourceType: 'EQUIPMENT' as const,
      resourceId: equipmentId,
      kind: 'MAINTENANCE' as const,
      startsAt: new Date('2030-07-01T15:00:00Z'),
      endsAt: new Date('2030-07-01T18:00:00Z'),
    });
    await t.db.insert(allocationsTable).values(hold(nines[0]!.id));
    const input = {
      locationId: school.location.id,
      categories: ['KITE'],
      weightKg: 75,
      windKnots: 18,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
    };
    const one = (await ask(input)).data!.sizingSuggestions[0]!;
    expect(one.stock[0]).toEqual({ size: '9m', total: 2, free: 1, inRange: true, suggested: true });

    await t.db.insert(allocationsTable).values(hold(nines[1]!.id));
    const none = (await ask(input)).data!.sizingSuggestions[0]!;
    expect(none.stock.map((s) => [s.size, s.free])).toEqual([
      ['7m', 1],
      ['12m', 1],
      ['9m', 0],
    ]);
    // Outside the hold every 9m is free again.
    const later = await ask({
      ...input,
      startsAt: '2030-07-01T18:00:00Z',
      endsAt: '2030-07-01T20:00:00Z',
    });
    expect(later.data!.sizingSuggestions[0]!.stock[0]).toMatchObject({ size: '9m', free: 2 });
  });

  it('says why there is no kite size: the wind, or what is missing', async () => {
    const reasons = async (input: Record<string, unknown>) =>
      (await ask({ locationId: school.location.id, categories: ['KITE'], ...input })).data!
        .sizingSuggestions[0]!.reason;
    expect(await reasons({ weightKg: 75, windKnots: 6 })).toMatchObject({
      code: 'WIND_TOO_LIGHT',
      windLimitKnots: 8,
    });
    expect(await reasons({ weightKg: 75, windKnots: 40 })).toMatchObject({
      code: 'WIND_TOO_STRONG',
      windLimitKnots: 35,
    });
    expect(await reasons({ weightKg: 75 })).toMatchObject({ code: 'NEEDS_WIND' });
    expect(await reasons({ windKnots: 18 })).toMatchObject({ code: 'NEEDS_WEIGHT' });
  });

  it('refuses bad input by field', async () => {
    const fieldsOf = async (input: Record<string, unknown>) => {
      const res = await ask({ locationId: school.location.id, categories: ['KITE'], ...input });
      expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      return Object.keys(res.errors![0]!.extensions.fields as Record<string, string>).sort();
    };
    expect(await fieldsOf({ weightKg: 300, heightCm: 20, windKnots: -1 })).toEqual([
      'heightCm',
      'weightKg',
      'windKnots',
    ]);
    expect(await fieldsOf({ locationId: '00000000-0000-4000-8000-000000000000' })).toEqual([
      'locationId',
    ]);
    expect(await fieldsOf({ categories: [] })).toEqual(['categories']);
    expect(await fieldsOf({ categories: ['***'] })).toEqual(['categories']);
    expect(await fieldsOf({ startsAt: '2030-07-01T14:00:00Z' })).toEqual(['endsAt']);
    expect(
      await fieldsOf({ startsAt: '2030-07-01T14:00:00Z', endsAt: '2030-07-01T13:00:00Z' }),
    ).toEqual(['endsAt']);
  });

  it('is for signed-in users only', async () => {
    const input = { locationId: school.location.id, categories: ['KITE'], weightKg: 70 };
    const anonymous = await t.gql(QUERY, { input });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const key = await t.apiKey(['READ']);
    expect((await ask(input, key)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    for (const role of ['CUSTOMER', 'INSTRUCTOR', 'MANAGER', 'ADMIN'] as const) {
      const other = await t.signIn(role);
      expect((await ask(input, other.token)).data?.sizingSuggestions).toHaveLength(1);
    }
  });
});
