import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoSchool } from '../../seed/demo.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let token: string;
let akyaka: string;

interface Task {
  kind: string;
  title: string;
  overdue: boolean;
  dueAt: string | null;
  dueUsageHours: number | null;
  usageHours: number;
  resolution: string | null;
  window: { startsAt: string } | null;
  equipment: { name: string; category: string };
}

const TASKS = `query($f: MaintenanceTaskFilter) { maintenanceTasks(filter: $f, first: 200) {
  totalCount edges { node { kind title overdue dueAt dueUsageHours usageHours resolution
    window { startsAt } equipment { name category } } } } }`;

async function tasks(filter: Record<string, unknown>) {
  const res = await t.gql<{ maintenanceTasks: { edges: Array<{ node: Task }> } }>(
    TASKS,
    { f: filter },
    { token },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.maintenanceTasks.edges.map((e) => e.node);
}

beforeAll(async () => {
  t = await startTestApp();
  await seedDemoSchool(t.db, t.app.log);
  const login = await t.gql<{ login: { token: string } }>(
    'mutation { login(email: "manager@demo.plannivo.test", password: "plannivo-demo") { token } }',
  );
  token = login.data!.login.token;
  const locations = await t.gql<{ locations: Array<{ id: string; currency: string }> }>(
    '{ locations { id currency } }',
    {},
    { token },
  );
  akyaka = locations.data!.locations.find((l) => l.currency === 'TRY')!.id;
});
afterAll(() => t.stop());

describe('the demo school’s maintenance board', () => {
  it('has Akyaka’s rules, work due soon, one overdue item, a booked check and repairs', async () => {
    const rules = await t.gql<{ maintenanceRules: Array<{ category: string }> }>(
      'query($l: ID) { maintenanceRules(locationId: $l) { category } }',
      { l: akyaka },
      { token },
    );
    expect(rules.data!.maintenanceRules.map((r) => r.category).sort()).toEqual([
      'BOAT',
      'HARNESS',
      'KITE',
      'KITE',
      'WETSUIT',
    ]);
    const open = await tasks({ locationId: akyaka, status: 'OPEN', kind: 'SERVICE' });
    const names = (list: Task[]) => list.map((x) => x.equipment.name).sort();
    const byHours = open.filter((x) => x.dueUsageHours !== null);
    expect(names(byHours)).toEqual([
      'Core XR8 11m',
      'Duotone Evo 12m #1',
      'Duotone Evo 8m',
      'Duotone Evo 9m',
    ]);
    expect(byHours.every((x) => x.usageHours >= 90)).toBe(true);
    expect(names(open.filter((x) => x.equipment.category === 'HARNESS' && !x.overdue))).toEqual([
      'ION Riot Curv M #1',
      'Mystic Stealth Seat L',
    ]);
    expect(names(open.filter((x) => x.overdue && x.dueUsageHours === null))).toEqual([
      'ION Seek Core 3/2 L #2',
    ]);
    const boat = open.find((x) => x.equipment.category === 'BOAT');
    expect(boat?.window).not.toBeNull();
    const repairs = await tasks({ status: 'OPEN', kind: 'REPAIR' });
    expect(repairs.length).toBeGreaterThanOrEqual(2);
    const done = await tasks({ locationId: akyaka, status: 'DONE' });
    expect(done.length).toBeGreaterThan(50);
    expect(done.slice(0, 5).every((x) => x.resolution)).toBe(true);
  });

  it('agrees with the scan: running it now opens nothing more', async () => {
    const res = await t.gql<{ runMaintenanceScan: number }>(
      'mutation { runMaintenanceScan }',
      {},
      { token },
    );
    expect(res.data!.runMaintenanceScan).toBe(0);
  });
});
