import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { eventually } from '../../test/wait.js';
import {
  equipmentTable,
  maintenanceRulesTable,
  maintenanceTasksTable,
} from '../equipment/schema.js';
import { userLocationsTable, usersTable } from '../identity/schema.js';
import { locationsTable } from '../locations/schema.js';
import { notificationsTable } from '../notifications/schema.js';
import { remindMaintenance } from './reminders.js';

const HOUR = 3_600_000;
let clock = new Date('2026-06-01T10:00:00.000Z');

let t: TestApp;
let manager: SignedIn;
let admin: SignedIn;
let elsewhere: SignedIn;
let akyaka: string;
let tarifa: string;

/** The notifications of a user, oldest first. */
const inbox = (userId: string) =>
  t.db
    .select()
    .from(notificationsTable)
    .where(eq(notificationsTable.userId, userId))
    .orderBy(asc(notificationsTable.createdAt), asc(notificationsTable.title));

/** Waits until the user has `count` notifications (the job runs in the background). */
async function waitForInbox(userId: string, count: number) {
  const arrived = await eventually(async () => (await inbox(userId)).length >= count, {
    timeoutMs: 20_000,
  });
  expect(arrived, `${count} notifications for ${userId}`).toBe(true);
  return inbox(userId);
}

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  manager = await t.signIn('MANAGER');
  admin = await t.signIn('ADMIN');
  elsewhere = await t.signIn('MANAGER');
  await t.db.update(usersTable).set({ locale: 'tr' }).where(eq(usersTable.id, admin.userId));
  const rows = await t.db
    .insert(locationsTable)
    .values([
      { name: 'Akyaka', timezone: 'Europe/Istanbul', currency: 'TRY' },
      { name: 'Tarifa', timezone: 'Europe/Madrid', currency: 'EUR' },
    ])
    .returning();
  akyaka = rows[0]!.id;
  tarifa = rows[1]!.id;
  await t.db.insert(userLocationsTable).values([
    { userId: manager.userId, locationId: akyaka },
    { userId: elsewhere.userId, locationId: tarifa },
  ]);
});
afterAll(() => t.stop());

describe('maintenance reminders', () => {
  it(`fire through the jobs adapter: the scan opens what is due and staff hear of it, each in their language`, async () => {
    expect(t.app.deps.platform.jobs.kind).toBe(t.config.redis ? 'bullmq' : 'in-process');
    await t.db.insert(maintenanceRulesTable).values([
      { locationId: akyaka, category: 'HARNESS', name: 'Harness inspection', everyDays: 90 },
      { locationId: akyaka, category: 'KITE', name: 'Kite service', everyUsageHours: 100 },
    ]);
    await t.db.insert(equipmentTable).values([
      // Due 2026-05-30 at midnight in Akyaka: overdue.
      { locationId: akyaka, name: 'ION Riot M', category: 'HARNESS', purchaseDate: '2026-03-01' },
      // 99 of 100 hours: opened (past 90%), not overdue, so no reminder yet.
      { locationId: akyaka, name: 'Evo 9m', category: 'KITE', usageMinutesBase: 99 * 60 },
    ]);

    await t.app.deps.platform.jobs.enqueue('maintenance.scan', {});
    const [en] = await waitForInbox(manager.userId, 1);
    expect(en).toMatchObject({
      kind: 'maintenance.due',
      title: 'Maintenance overdue: ION Riot M',
      body: 'Harness inspection: was due on Sat 30 May. See the maintenance board.',
    });
    const [tr] = await waitForInbox(admin.userId, 1);
    expect(tr).toMatchObject({
      kind: 'maintenance.due',
      title: 'Bakım gecikti: ION Riot M',
      body: 'Harness inspection: 30 May Cmt tarihinde yapılmalıydı. Bakım panosuna göz atın.',
    });
    expect(en!.data).toMatchObject({ locationId: akyaka, taskId: expect.any(String) });
    const tasks = await t.db.select().from(maintenanceTasksTable);
    expect(tasks).toHaveLength(2);
    expect(tasks.find((x) => x.id === en!.data.taskId)?.remindedAt).toEqual(clock);
    expect(await inbox(elsewhere.userId)).toHaveLength(0);

    // Once a day: another run now reminds of nothing.
    expect(await remindMaintenance(t.app.deps, clock)).toBe(0);
    expect(await inbox(manager.userId)).toHaveLength(1);
  });

  it('remind again a day later through the job, with the hours of an item used past its due', async () => {
    const saved = clock;
    clock = new Date(saved.getTime() + 24 * HOUR);
    try {
      // One more hour of use: the kite is at 100 of 100 hours.
      await t.db
        .update(equipmentTable)
        .set({ usageMinutesBase: 100 * 60 })
        .where(eq(equipmentTable.name, 'Evo 9m'));
      await t.app.deps.platform.jobs.enqueue('maintenance.remind', {});
      const mine = await waitForInbox(manager.userId, 3);
      expect(
        mine
          .slice(1)
          .map((n) => n.title)
          .sort(),
      ).toEqual(['Maintenance overdue: Evo 9m', 'Maintenance overdue: ION Riot M']);
      const kite = mine.find((n) => n.title === 'Maintenance overdue: Evo 9m')!;
      expect(kite.body).toBe(
        'Kite service: the item has reached its hours of use. Used 100 h of 100 h. See the maintenance board.',
      );
      const turkish = await waitForInbox(admin.userId, 3);
      expect(turkish.map((n) => n.body)).toContain(
        'Kite service: ekipman bakım gerektiren kullanım saatine ulaştı. Kullanım: 100 / 100 saat. Bakım panosuna göz atın.',
      );
    } finally {
      clock = saved;
    }
  });

  it('sends one summary when many tasks of a location are due at once', async () => {
    await t.db
      .insert(maintenanceRulesTable)
      .values({ locationId: tarifa, category: 'WETSUIT', name: 'Wetsuit check', everyDays: 60 });
    const suits = await t.db
      .insert(equipmentTable)
      .values(
        ['XS', 'S', 'M', 'L', 'XL', 'XXL'].map((size) => ({
          locationId: tarifa,
          name: `Element ${size}`,
          category: 'WETSUIT',
          size,
          purchaseDate: '2026-03-01',
        })),
      )
      .returning();
    await t.app.deps.platform.jobs.enqueue('maintenance.scan', {});
    const [summary] = await waitForInbox(elsewhere.userId, 1);
    expect(summary).toMatchObject({
      kind: 'maintenance.dueMany',
      title: '6 items need maintenance',
    });
    expect(summary!.body).toContain('6 of them overdue: Element');
    const reminded = await t.db
      .select()
      .from(maintenanceTasksTable)
      .where(
        inArray(
          maintenanceTasksTable.equipmentId,
          suits.map((s) => s.id),
        ),
      );
    expect(reminded.every((r) => r.remindedAt?.getTime() === clock.getTime())).toBe(true);
    // The manager of Akyaka hears nothing of Tarifa's gear; the administrator hears of both.
    expect(
      (await inbox(manager.userId)).filter((n) => n.kind === 'maintenance.dueMany'),
    ).toHaveLength(0);
    expect(
      await eventually(async () =>
        (await inbox(admin.userId)).some((n) => n.title === '6 ekipmanın bakımı gerekiyor'),
      ),
    ).toBe(true);
  });
});
