import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { seedTestSchool, type TestSchool } from '../../test/school.js';
import { allocationsTable } from '../allocations/schema.js';
import { auditLogTable } from '../audit/schema.js';
import {
  equipmentEventsTable,
  equipmentTable,
  maintenanceRulesTable,
  maintenanceTasksTable,
  maintenanceWindowsTable,
} from '../equipment/schema.js';
import { freeEquipment } from '../equipment/service.js';
import { locationsTable } from '../locations/schema.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
// The request clock, moved by the tests that need time to pass.
let clock = new Date('2026-06-01T10:00:00.000Z');

let t: TestApp;
let manager: SignedIn;
let instructor: SignedIn;
let student: SignedIn;
let readKey: string;
let akyaka: string;
let tarifa: string;
let school: TestSchool;
let statements = 0;

const RULE_FIELDS = 'id name category everyUsageHours everyDays active location { id }';
const CREATE_RULE = `mutation($i: MaintenanceRuleInput!) { createMaintenanceRule(input: $i) { ${RULE_FIELDS} } }`;
const UPDATE_RULE = `mutation($id: ID!, $i: MaintenanceRuleInput!) { updateMaintenanceRule(id: $id, input: $i) { ${RULE_FIELDS} } }`;
const RULES = `query($l: ID) { maintenanceRules(locationId: $l) { ${RULE_FIELDS} } }`;
const SCAN = `mutation($l: ID) { runMaintenanceScan(locationId: $l) }`;
const TASK_FIELDS = `id kind status title notes dueAt dueUsageHours usageHours overdue rentalId
  completedAt resolution rule { id name } window { id startsAt endsAt }
  equipment { id name status maintenance { openTasks overdue nextDueAt } }`;
const TASKS = `query($f: MaintenanceTaskFilter, $first: Int, $after: String) {
  maintenanceTasks(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${TASK_FIELDS} } }
  }
}`;
const REPAIR = `mutation($i: CreateRepairTaskInput!) { createRepairTask(input: $i) { ${TASK_FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $r: String) { completeMaintenanceTask(id: $id, resolution: $r) { ${TASK_FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $r: String) { cancelMaintenanceTask(id: $id, reason: $r) { ${TASK_FIELDS} } }`;
const SCHEDULE = `mutation($id: ID!, $s: DateTime!, $e: DateTime!) {
  scheduleTaskWindow(taskId: $id, startsAt: $s, endsAt: $e) { ${TASK_FIELDS} } }`;
const CREATE_BOOKING = `mutation($i: CreateBookingInput!) { createBooking(input: $i) { id } }`;

interface Task {
  id: string;
  kind: string;
  status: string;
  title: string;
  dueAt: string | null;
  dueUsageHours: number | null;
  usageHours: number;
  overdue: boolean;
  completedAt: string | null;
  resolution: string | null;
  rule: { id: string; name: string } | null;
  window: { id: string; startsAt: string; endsAt: string } | null;
  equipment: {
    id: string;
    name: string;
    status: string;
    maintenance: { openTasks: number; overdue: boolean; nextDueAt: string | null } | null;
  };
}
interface TaskPage {
  maintenanceTasks: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: Task }>;
  };
}

const asManager = <T>(query: string, variables?: Record<string, unknown>) =>
  t.gql<T>(query, variables, { token: manager.token });

async function rule(input: Record<string, unknown>) {
  const res = await asManager<{ createMaintenanceRule: { id: string } }>(CREATE_RULE, { i: input });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createMaintenanceRule.id;
}

/** Setup data: an item written straight to the database. */
async function item(values: Partial<typeof equipmentTable.$inferInsert> & { name: string }) {
  const [row] = await t.db
    .insert(equipmentTable)
    .values({
      locationId: akyaka,
      category: 'KITE',
      createdAt: new Date('2026-01-01T00:00:00.000Z'),
      ...values,
    })
    .returning();
  return row!;
}

async function scan(locationId: string | null = akyaka) {
  const res = await asManager<{ runMaintenanceScan: number }>(SCAN, { l: locationId });
  if (res.data === null) throw new Error(JSON.stringify(res.errors));
  return res.data.runMaintenanceScan;
}

async function tasks(filter: Record<string, unknown>, first = 50) {
  const res = await asManager<TaskPage>(TASKS, { f: filter, first });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.maintenanceTasks.edges.map((e) => e.node);
}

/** Minutes of use added as a past RENTAL allocation (a rental without a booking). */
async function use(equipmentId: string, hours: number, endsAt = new Date(clock.getTime() - HOUR)) {
  await t.db.insert(allocationsTable).values({
    resourceType: 'EQUIPMENT',
    resourceId: equipmentId,
    kind: 'RENTAL',
    sourceId: crypto.randomUUID(),
    startsAt: new Date(endsAt.getTime() - hours * HOUR),
    endsAt,
  });
}

/**
 * Runs `work` with the clock moved to `at`, signed in anew (sessions expire as time passes),
 * then puts the clock and the manager back.
 */
async function at<T>(when: Date, work: () => Promise<T>): Promise<T> {
  const [savedClock, savedManager] = [clock, manager];
  clock = when;
  try {
    manager = await t.signIn('MANAGER');
    return await work();
  } finally {
    clock = savedClock;
    manager = savedManager;
  }
}

const countRows = async (table: typeof maintenanceRulesTable | typeof maintenanceTasksTable) =>
  (await t.db.select().from(table)).length;
const auditCount = async () => (await t.db.select().from(auditLogTable)).length;

beforeAll(async () => {
  t = await startTestApp({
    now: () => clock,
    onQuery: () => {
      statements += 1;
    },
  });
  manager = await t.signIn('MANAGER');
  instructor = await t.signIn('INSTRUCTOR');
  student = await t.signIn('STUDENT');
  readKey = await t.apiKey(['READ']);
  const rows = await t.db
    .insert(locationsTable)
    .values([
      { name: 'Akyaka', timezone: 'Europe/Istanbul', currency: 'TRY' },
      { name: 'Tarifa', timezone: 'Europe/Madrid', currency: 'EUR' },
    ])
    .returning();
  akyaka = rows[0]!.id;
  tarifa = rows[1]!.id;
  school = await seedTestSchool(t.db, { name: 'Booking school' });
});
afterAll(() => t.stop());

describe('maintenance rules', () => {
  it('creates a rule with the category as a key, lists it at its location and audits it', async () => {
    const res = await asManager<{ createMaintenanceRule: Record<string, unknown> }>(CREATE_RULE, {
      i: { locationId: tarifa, category: 'impact vest', name: '  Vest check ', everyDays: 120 },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createMaintenanceRule).toMatchObject({
      name: 'Vest check',
      category: 'IMPACT_VEST',
      everyDays: 120,
      everyUsageHours: null,
      active: true,
      location: { id: tarifa },
    });
    const id = res.data!.createMaintenanceRule.id as string;
    const everywhere = await rule({ category: 'helmet', name: 'Helmet check', everyDays: 365 });
    const atTarifa = await asManager<{ maintenanceRules: Array<{ id: string }> }>(RULES, {
      l: tarifa,
    });
    const ids = atTarifa.data!.maintenanceRules.map((r) => r.id);
    expect(ids).toContain(id);
    expect(ids).toContain(everywhere);
    const atAkyaka = await asManager<{ maintenanceRules: Array<{ id: string }> }>(RULES, {
      l: akyaka,
    });
    expect(atAkyaka.data!.maintenanceRules.map((r) => r.id)).not.toContain(id);
    const [audit] = await t.db
      .select()
      .from(auditLogTable)
      .where(
        and(eq(auditLogTable.action, 'maintenance.rule_created'), eq(auditLogTable.entityId, id)),
      );
    expect(audit?.actorUserId).toBe(manager.userId);
  });

  it('refuses bad rules naming every field, and writes nothing', async () => {
    const before = [await countRows(maintenanceRulesTable), await auditCount()];
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ category: 'KITE', name: 'No interval' }, ['everyUsageHours', 'everyDays']],
      [{ category: 'KITE', name: 'Zero', everyUsageHours: 0 }, ['everyUsageHours']],
      [{ category: 'KITE', name: 'Too many', everyUsageHours: 10_001 }, ['everyUsageHours']],
      [{ category: 'KITE', name: 'Decade', everyDays: 3651 }, ['everyDays']],
      [{ category: 'KITE', name: 'Negative', everyDays: -1, everyUsageHours: 5 }, ['everyDays']],
      [{ category: '!!', name: ' ', everyDays: 30 }, ['category', 'name']],
      [
        { category: 'KITE', name: 'Nowhere', everyDays: 30, locationId: crypto.randomUUID() },
        ['locationId'],
      ],
    ];
    for (const [input, fields] of cases) {
      const res = await asManager(CREATE_RULE, { i: input });
      expect(res.errors?.[0]?.extensions.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors![0]!.extensions.fields as object).sort()).toEqual(
        [...fields].sort(),
      );
    }
    const id = await rule({ category: 'KITEBAG', name: 'To update', everyDays: 30 });
    const afterCreate = [await countRows(maintenanceRulesTable), await auditCount()];
    const res = await asManager(UPDATE_RULE, { id, i: { category: 'KITEBAG', name: 'X' } });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect([await countRows(maintenanceRulesTable), await auditCount()]).toEqual(afterCreate);
    expect(afterCreate).toEqual([before[0]! + 1, before[1]! + 1]);
    const [row] = await t.db
      .select()
      .from(maintenanceRulesTable)
      .where(eq(maintenanceRulesTable.id, id));
    expect(row).toMatchObject({ name: 'To update', everyDays: 30 });
  });

  it('updates, switches off and deletes a rule; unknown rules are NOT_FOUND', async () => {
    const id = await rule({
      locationId: akyaka,
      category: 'BAR',
      name: 'Bar lines',
      everyDays: 60,
    });
    const updated = await asManager<{ updateMaintenanceRule: Record<string, unknown> }>(
      UPDATE_RULE,
      { id, i: { locationId: akyaka, category: 'bar', name: 'Bar lines', everyUsageHours: 50 } },
    );
    expect(updated.data!.updateMaintenanceRule).toMatchObject({
      everyUsageHours: 50,
      everyDays: null,
    });
    const off = await asManager<{ setMaintenanceRuleActive: { active: boolean } }>(
      `mutation($id: ID!) { setMaintenanceRuleActive(id: $id, active: false) { active } }`,
      { id },
    );
    expect(off.data!.setMaintenanceRuleActive.active).toBe(false);
    const gone = await asManager<{ deleteMaintenanceRule: boolean }>(
      `mutation($id: ID!) { deleteMaintenanceRule(id: $id) }`,
      { id },
    );
    expect(gone.data!.deleteMaintenanceRule).toBe(true);
    const again = await asManager(`mutation($id: ID!) { deleteMaintenanceRule(id: $id) }`, { id });
    expect(again.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const actions = (
      await t.db
        .select()
        .from(auditLogTable)
        .where(eq(auditLogTable.entityId, id))
        .orderBy(asc(auditLogTable.id))
    ).map((a) => a.action);
    expect(actions).toEqual([
      'maintenance.rule_created',
      'maintenance.rule_updated',
      'maintenance.rule_deactivated',
      'maintenance.rule_deleted',
    ]);
  });
});

describe('the scan', () => {
  it('opens a service task by days from the purchase date, at local midnight, once', async () => {
    const ruleId = await rule({
      locationId: akyaka,
      category: 'HARNESS',
      name: 'Harness inspection',
      everyDays: 90,
    });
    // 2026-03-06 + 90 days = 2026-06-04, 00:00 in Istanbul: within the 7 days' lead.
    const due = await item({ name: 'ION Riot M', category: 'HARNESS', purchaseDate: '2026-03-06' });
    // 2026-05-01 + 90 days is two months away.
    await item({ name: 'ION Riot L', category: 'HARNESS', purchaseDate: '2026-05-01' });
    await item({ name: 'Old harness', category: 'HARNESS', status: 'RETIRED' });
    await item({ name: 'Tarifa harness', category: 'HARNESS', locationId: tarifa });
    expect(await scan()).toBe(1);
    expect(await scan()).toBe(0);
    expect(await scan(null)).toBe(0);
    const [task] = await tasks({ locationId: akyaka, equipmentId: due.id });
    expect(task).toMatchObject({
      kind: 'SERVICE',
      status: 'OPEN',
      title: 'Harness inspection',
      dueAt: '2026-06-03T21:00:00.000Z',
      dueUsageHours: null,
      overdue: false,
      rule: { id: ruleId },
      equipment: {
        id: due.id,
        maintenance: { openTasks: 1, overdue: false, nextDueAt: '2026-06-03T21:00:00.000Z' },
      },
    });
    const open = await t.db
      .select()
      .from(maintenanceTasksTable)
      .where(eq(maintenanceTasksTable.ruleId, ruleId));
    expect(open).toHaveLength(1);
  });

  it('opens a service task at 90% of the hours of use, counting rentals and bookings', async () => {
    const ruleId = await rule({
      locationId: akyaka,
      category: 'WING',
      name: 'Wing service',
      everyUsageHours: 100,
    });
    const worn = await item({ name: 'Slick 5m', category: 'WING', usageMinutesBase: 95 * 60 });
    const fresh = await item({ name: 'Slick 4m', category: 'WING', usageMinutesBase: 80 * 60 });
    expect(await scan()).toBe(1);
    const [task] = await tasks({ equipmentId: worn.id });
    expect(task).toMatchObject({
      dueUsageHours: 100,
      usageHours: 95,
      dueAt: null,
      overdue: false,
      rule: { id: ruleId },
    });
    // Nine more hours of rentals: 89 h, still under 90.
    await use(fresh.id, 9);
    expect(await scan()).toBe(0);
    // A rental under way counts what has passed: one more hour of the two.
    await use(fresh.id, 2, new Date(clock.getTime() + HOUR));
    expect(await scan()).toBe(1);
    const [second] = await tasks({ equipmentId: fresh.id });
    expect(second).toMatchObject({ dueUsageHours: 100, usageHours: 90, overdue: false });
    // Used past its hours: overdue, by the flag and the filter.
    await use(worn.id, 6);
    const [late] = await tasks({ equipmentId: worn.id, overdue: true });
    expect(late).toMatchObject({ id: task!.id, usageHours: 101, overdue: true });
    expect(late!.equipment.maintenance).toMatchObject({ openTasks: 1, overdue: true });
    expect((await tasks({ equipmentId: worn.id, overdue: false })).length).toBe(0);
  });

  it('measures the next service from the last one done: completing resets the due hours and date', async () => {
    const ruleId = await rule({
      locationId: akyaka,
      category: 'BOARD',
      name: 'Board check',
      everyUsageHours: 50,
      everyDays: 30,
    });
    const board = await item({
      name: 'Jaime 138',
      category: 'BOARD',
      usageMinutesBase: 46 * 60,
      purchaseDate: '2026-05-20',
    });
    expect(await scan()).toBe(1);
    const [task] = await tasks({ equipmentId: board.id });
    expect(task).toMatchObject({ dueUsageHours: 50, dueAt: '2026-06-18T21:00:00.000Z' });
    const done = await asManager<{ completeMaintenanceTask: Task }>(COMPLETE, {
      id: task!.id,
      r: 'Fins and straps tightened',
    });
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeMaintenanceTask).toMatchObject({
      status: 'DONE',
      resolution: 'Fins and straps tightened',
      completedAt: clock.toISOString(),
      overdue: false,
      equipment: { maintenance: { openTasks: 0, overdue: false, nextDueAt: null } },
    });
    const events = await t.db
      .select()
      .from(equipmentEventsTable)
      .where(eq(equipmentEventsTable.equipmentId, board.id));
    expect(events.map((e) => [e.kind, e.taskId, e.notes])).toEqual([
      ['INSPECTED', task!.id, 'Fins and straps tightened'],
    ]);
    expect(await scan()).toBe(0);
    const serviced = clock;
    await at(new Date(serviced.getTime() + 3 * DAY), async () => {
      // 40 more hours (86 in all): under 90% of the 50 after the service at 46.
      await use(board.id, 40);
      expect(await scan()).toBe(0);
      await use(board.id, 5, new Date(clock.getTime() - 50 * HOUR));
      expect(await scan()).toBe(1);
      const [next] = await tasks({ equipmentId: board.id, status: 'OPEN' });
      // Due at 46 + 50 hours, and 30 days after the service.
      expect(next).toMatchObject({
        dueUsageHours: 96,
        usageHours: 91,
        dueAt: new Date(serviced.getTime() + 30 * DAY).toISOString(),
        rule: { id: ruleId },
      });
    });
    const complete = await asManager(COMPLETE, { id: task!.id });
    expect(complete.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('lets a date-only rule come round again 30 days after a skipped service', async () => {
    await rule({ locationId: akyaka, category: 'BOAT', name: 'Boat check', everyDays: 30 });
    const boat = await item({ name: 'Zodiac', category: 'BOAT', purchaseDate: '2026-05-01' });
    expect(await scan()).toBe(1);
    const [task] = await tasks({ equipmentId: boat.id });
    const cancelled = await asManager<{ cancelMaintenanceTask: Task }>(CANCEL, {
      id: task!.id,
      r: 'Checked at the harbour',
    });
    expect(cancelled.data!.cancelMaintenanceTask).toMatchObject({
      status: 'CANCELLED',
      resolution: 'Checked at the harbour',
    });
    expect(await scan()).toBe(0);
    const skipped = clock;
    const later = (days: number) => new Date(skipped.getTime() + days * DAY);
    await at(later(22), async () => expect(await scan()).toBe(0));
    await at(later(23), async () => {
      expect(await scan()).toBe(1);
      const [next] = await tasks({ equipmentId: boat.id, status: 'OPEN' });
      expect(next).toMatchObject({ dueAt: later(30).toISOString(), overdue: false });
    });
    await at(later(31), async () => {
      const [late] = await tasks({ equipmentId: boat.id, status: 'OPEN' });
      expect(late!.overdue).toBe(true);
    });
  });

  it('lists done tasks most recent first and pages through open ones', async () => {
    await rule({ locationId: tarifa, category: 'SUP', name: 'SUP check', everyDays: 10 });
    for (let i = 0; i < 5; i += 1)
      await item({
        name: `SUP ${i}`,
        category: 'SUP',
        locationId: tarifa,
        purchaseDate: `2026-05-${String(20 + i).padStart(2, '0')}`,
      });
    expect(await scan(tarifa)).toBe(5);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: Awaited<ReturnType<typeof asManager<TaskPage>>> = await asManager<TaskPage>(
        TASKS,
        { f: { locationId: tarifa, status: 'OPEN' }, first: 2, after },
      );
      expect(res.data!.maintenanceTasks.totalCount).toBe(5);
      seen.push(...res.data!.maintenanceTasks.edges.map((e) => e.node.equipment.name));
      after = res.data!.maintenanceTasks.pageInfo.hasNextPage
        ? res.data!.maintenanceTasks.pageInfo.endCursor
        : null;
    } while (after);
    expect(seen).toEqual(['SUP 0', 'SUP 1', 'SUP 2', 'SUP 3', 'SUP 4']);
    const bad = await asManager(TASKS, { f: {}, after: 'bm90IGEgY3Vyc29y' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { after: expect.any(String) },
    });
  });
});

describe("the scan's cost", () => {
  it('is one statement, whatever the number of rules and items', async () => {
    const rows = await t.db
      .insert(locationsTable)
      .values([
        { name: 'Small', timezone: 'Europe/Istanbul', currency: 'TRY' },
        { name: 'Large', timezone: 'Europe/Madrid', currency: 'EUR' },
      ])
      .returning();
    const [small, large] = [rows[0]!.id, rows[1]!.id];
    for (const locationId of [small, large]) {
      await rule({ locationId, category: 'FOIL', name: 'Foil by days', everyDays: 30 });
      await rule({ locationId, category: 'FOIL', name: 'Foil by hours', everyUsageHours: 10 });
      await rule({ locationId, category: 'FOIL_BAG', name: 'Bag', everyDays: 5 });
    }
    const items = (locationId: string, count: number) =>
      t.db.insert(equipmentTable).values(
        Array.from({ length: count }, (_, i) => ({
          locationId,
          name: `Foil ${i}`,
          category: i % 3 ? 'FOIL' : 'FOIL_BAG',
          purchaseDate: '2026-04-01',
          usageMinutesBase: i * 60,
        })),
      );
    await items(small, 3);
    await items(large, 90);
    const { scanMaintenance } = await import('./scan.js');
    const measure = async (locationId: string) => {
      const before = statements;
      const opened = await scanMaintenance(t.db, clock, { locationId });
      return { statements: statements - before, opened: opened.length };
    };
    const few = await measure(small);
    const many = await measure(large);
    // Small: the 2 foils by days (their hours are too few) and the bag. Large: 30 bags, 60
    // foils by days, and by hours the 54 foils with 9 hours (90% of 10) or more.
    expect(few.opened).toBe(3);
    expect(many.opened).toBe(30 + 60 + 54);
    expect(few.statements).toBe(1);
    expect(many.statements).toBe(1);
  });
});

describe('repairs', () => {
  it('takes the item out of service until every repair is done, then offers it again', async () => {
    const kite = school.kites[0]!;
    const free = async () =>
      (
        await freeEquipment(t.db, {
          locationId: school.location.id,
          category: 'KITE',
          startsAt: new Date('2026-06-10T10:00:00Z'),
          endsAt: new Date('2026-06-10T12:00:00Z'),
          now: clock,
        })
      ).map((e) => e.id);
    expect(await free()).toContain(kite.id);
    const first = await t.gql<{ createRepairTask: Task }>(
      REPAIR,
      { i: { equipmentId: kite.id, title: 'Torn canopy', notes: 'Left tip, 10 cm' } },
      { token: instructor.token },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.createRepairTask).toMatchObject({
      kind: 'REPAIR',
      status: 'OPEN',
      title: 'Torn canopy',
      rule: null,
    });
    const second = await asManager<{ createRepairTask: Task }>(REPAIR, {
      i: { equipmentId: kite.id, title: 'Bladder leak' },
    });
    expect(second.data!.createRepairTask.equipment.status).toBe('MAINTENANCE');
    expect(await free()).not.toContain(kite.id);
    const inRepair = await tasks({
      locationId: school.location.id,
      kind: 'REPAIR',
      status: 'OPEN',
    });
    expect(inRepair.map((x) => x.id).sort()).toEqual(
      [first.data!.createRepairTask.id, second.data!.createRepairTask.id].sort(),
    );

    const one = await asManager<{ completeMaintenanceTask: Task }>(COMPLETE, {
      id: first.data!.createRepairTask.id,
      r: 'Patched',
    });
    expect(one.data!.completeMaintenanceTask.equipment.status).toBe('MAINTENANCE');
    expect(await free()).not.toContain(kite.id);
    const two = await asManager<{ cancelMaintenanceTask: Task }>(CANCEL, {
      id: second.data!.createRepairTask.id,
      r: 'No leak found',
    });
    expect(two.data!.cancelMaintenanceTask.equipment.status).toBe('AVAILABLE');
    expect(await free()).toContain(kite.id);
    const log = await t.db
      .select()
      .from(equipmentEventsTable)
      .where(eq(equipmentEventsTable.equipmentId, kite.id));
    expect(log.map((e) => e.kind).sort()).toEqual(['DAMAGED', 'DAMAGED', 'NOTE', 'REPAIRED']);
    const audits = (
      await t.db
        .select()
        .from(auditLogTable)
        .where(eq(auditLogTable.entityId, kite.id))
        .orderBy(asc(auditLogTable.id))
    ).map((a) => a.action);
    expect(audits).toEqual([
      'maintenance.repair_opened',
      'maintenance.repair_opened',
      'maintenance.task_completed',
      'maintenance.task_cancelled',
    ]);
  });

  it('refuses bad reports and unknown items, writing nothing', async () => {
    const before = await countRows(maintenanceTasksTable);
    const blank = await asManager(REPAIR, {
      i: { equipmentId: school.kites[1]!.id, title: ' ', notes: 'x'.repeat(2001) },
    });
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { title: expect.any(String), notes: expect.any(String) },
    });
    const unknown = await asManager(REPAIR, {
      i: { equipmentId: crypto.randomUUID(), title: 'Broken' },
    });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const retired = await item({ name: 'Retired kite', status: 'RETIRED' });
    const refused = await asManager(REPAIR, { i: { equipmentId: retired.id, title: 'Broken' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { equipmentId: 'is retired' },
    });
    expect(await countRows(maintenanceTasksTable)).toBe(before);
    const [kite] = await t.db
      .select()
      .from(equipmentTable)
      .where(eq(equipmentTable.id, school.kites[1]!.id));
    expect(kite!.status).toBe('AVAILABLE');
  });
});

describe('maintenance windows of tasks and bookings', () => {
  const local = (hhmm: string) => new Date(`2026-06-12T${hhmm}:00.000+02:00`);

  it('refuses a window over a booking, and a booking over a window, with BOOKING_CONFLICT', async () => {
    const [booked, serviced] = [school.kites[2]!, school.kites[3]!];
    const booking = await asManager<{ createBooking: { id: string } }>(CREATE_BOOKING, {
      i: {
        serviceId: school.services.kiteRental.id,
        startsAt: local('10:00').toISOString(),
        customerIds: [school.customers[0]!.id],
        equipmentIds: [booked.id],
      },
    });
    expect(booking.errors).toBeUndefined();
    const repair = await asManager<{ createRepairTask: Task }>(REPAIR, {
      i: { equipmentId: booked.id, title: 'Frayed line' },
    });
    const taskId = repair.data!.createRepairTask.id;
    const windows = async () => (await t.db.select().from(maintenanceWindowsTable)).length;
    const before = await windows();
    const clash = await asManager(SCHEDULE, {
      id: taskId,
      s: local('10:30').toISOString(),
      e: local('12:00').toISOString(),
    });
    expect(clash.errors?.[0]?.extensions).toMatchObject({
      code: 'BOOKING_CONFLICT',
      conflicts: [
        {
          resourceId: booked.id,
          kind: 'BOOKING',
          bookingId: booking.data!.createBooking.id,
        },
      ],
    });
    expect(await windows()).toBe(before);
    const [unlinked] = await t.db
      .select()
      .from(maintenanceTasksTable)
      .where(eq(maintenanceTasksTable.id, taskId));
    expect(unlinked!.windowId).toBeNull();
    // Right after the booking is fine; a second scheduling replaces the first window.
    const ok = await asManager<{ scheduleTaskWindow: Task }>(SCHEDULE, {
      id: taskId,
      s: local('11:00').toISOString(),
      e: local('13:00').toISOString(),
    });
    expect(ok.errors).toBeUndefined();
    const moved = await asManager<{ scheduleTaskWindow: Task }>(SCHEDULE, {
      id: taskId,
      s: local('14:00').toISOString(),
      e: local('16:00').toISOString(),
    });
    expect(moved.data!.scheduleTaskWindow.window).toMatchObject({
      startsAt: local('14:00').toISOString(),
      endsAt: local('16:00').toISOString(),
    });
    expect(await windows()).toBe(before + 1);

    // A service task's window blocks a booking of the item (a repair already keeps it out).
    const serviceRule = await rule({
      locationId: school.location.id,
      category: 'KITE',
      name: 'Kite check',
      everyUsageHours: 1,
    });
    await use(serviced.id, 2);
    expect(await scan(school.location.id)).toBeGreaterThanOrEqual(1);
    const [service] = await tasks({ equipmentId: serviced.id, status: 'OPEN' });
    expect(service!.rule!.id).toBe(serviceRule);
    const windowed = await asManager<{ scheduleTaskWindow: Task }>(SCHEDULE, {
      id: service!.id,
      s: local('09:00').toISOString(),
      e: local('12:00').toISOString(),
    });
    expect(windowed.errors).toBeUndefined();
    const refused = await asManager(CREATE_BOOKING, {
      i: {
        serviceId: school.services.kiteRental.id,
        startsAt: local('11:00').toISOString(),
        customerIds: [school.customers[1]!.id],
        equipmentIds: [serviced.id],
      },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BOOKING_CONFLICT',
      conflicts: [{ resourceId: serviced.id, kind: 'MAINTENANCE' }],
    });
    // Done before its window begins: the window is cancelled and the item is free again.
    await asManager(COMPLETE, { id: service!.id, r: 'Checked early' });
    const [window] = await t.db
      .select()
      .from(maintenanceWindowsTable)
      .where(eq(maintenanceWindowsTable.id, windowed.data!.scheduleTaskWindow.window!.id));
    expect(window).toBeUndefined();
    const booked2 = await asManager(CREATE_BOOKING, {
      i: {
        serviceId: school.services.kiteRental.id,
        startsAt: local('11:00').toISOString(),
        customerIds: [school.customers[1]!.id],
        equipmentIds: [serviced.id],
      },
    });
    expect(booked2.errors).toBeUndefined();
  });
});

describe('who may do what', () => {
  it('refuses instructors and students the board, the rules and the scan; students reports too', async () => {
    const [task] = await tasks({ status: 'OPEN' }, 1);
    const calls: Array<[string, Record<string, unknown>]> = [
      [TASKS, {}],
      [RULES, {}],
      [SCAN, {}],
      [CREATE_RULE, { i: { category: 'KITE', name: 'Sneaky', everyDays: 1 } }],
      [COMPLETE, { id: task!.id }],
      [CANCEL, { id: task!.id }],
      [
        SCHEDULE,
        { id: task!.id, s: clock.toISOString(), e: new Date(clock.getTime() + HOUR).toISOString() },
      ],
    ];
    for (const who of [instructor, student]) {
      for (const [query, variables] of calls) {
        const res = await t.gql(query, variables, { token: who.token });
        expect(res.errors?.[0]?.extensions.code, query).toBe('FORBIDDEN');
      }
    }
    const report = await t.gql(
      REPAIR,
      { i: { equipmentId: school.kites[1]!.id, title: 'Broken' } },
      { token: student.token },
    );
    expect(report.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(TASKS, {});
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const [still] = await t.db
      .select()
      .from(maintenanceTasksTable)
      .where(eq(maintenanceTasksTable.id, task!.id));
    expect(still!.status).toBe('OPEN');
  });

  it('shows Equipment.maintenance to staff and keys only, and lets READ keys read the board', async () => {
    const query = `query($l: ID) { equipment(locationId: $l, first: 5) { edges { node { id maintenance { openTasks } } } } }`;
    const asStudent = await t.gql<{
      equipment: { edges: Array<{ node: { maintenance: unknown } }> };
    }>(query, { l: akyaka }, { token: student.token });
    expect(asStudent.errors).toBeUndefined();
    expect(asStudent.data!.equipment.edges.every((e) => e.node.maintenance === null)).toBe(true);
    const asKey = await t.gql<TaskPage>(TASKS, { f: { locationId: akyaka } }, { token: readKey });
    expect(asKey.errors).toBeUndefined();
    expect(asKey.data!.maintenanceTasks.totalCount).toBeGreaterThan(0);
  });
});
