import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../db/transaction.js';
import { sqlState } from '../../errors.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { seedTestSchool, type TestSchool } from '../../test/school.js';
import { shares, splitTax } from './accounts.js';
import { postJournal, reverseJournal, walletBalances, walletLines } from './ledger.js';
import { journalEntriesTable, journalLinesTable } from './schema.js';

let t: TestApp;
let school: TestSchool;
beforeAll(async () => {
  t = await startTestApp();
  school = await seedTestSchool(t.db, { customerCount: 2 });
});
afterAll(() => t.stop());

const at = new Date('2026-06-01T10:00:00Z');

describe('tax and shares (pure)', () => {
  it.each([
    // price, rate bps, inclusive, gross, net, tax
    [12_000, 2000, true, 12_000, 10_000, 2_000],
    [10_000, 2000, false, 12_000, 10_000, 2_000],
    [100, 2100, true, 100, 83, 17],
    [1, 2000, true, 1, 1, 0],
    [0, 2000, true, 0, 0, 0],
    [-12_000, 2000, true, -12_000, -10_000, -2_000],
    [999, 0, false, 999, 999, 0],
  ])(
    'splitTax(%i, %i, %s) = gross %i, net %i, tax %i',
    (price, bps, inclusive, gross, net, tax) => {
      expect(splitTax(price, bps, inclusive)).toEqual({
        grossMinor: gross,
        netMinor: net,
        taxMinor: tax,
      });
    },
  );

  it('splits a total into shares that sum to it exactly', () => {
    expect(shares(100, 3)).toEqual([34, 33, 33]);
    expect(shares(-100, 3)).toEqual([-34, -33, -33]);
    expect(shares(7, 0)).toEqual([]);
  });
});

describe('ledger guards', () => {
  it('posts a balanced entry and keeps the running wallet balance on its lines', async () => {
    const customerId = school.customers[0]!.id;
    await withTransaction(t.db, async (tx) => {
      await postJournal(tx, {
        locationId: school.location.id,
        kind: 'WALLET_TOP_UP',
        occurredAt: at,
        lines: [
          { account: 'CASH', amountMinor: 5_000, currency: 'EUR' },
          { account: 'CUSTOMER_WALLET', amountMinor: -5_000, currency: 'EUR', customerId },
        ],
      });
    });
    const balances = await walletBalances(t.db, [customerId]);
    expect(balances.get(customerId)).toEqual([{ currency: 'EUR', amountMinor: 5_000 }]);
    const [last] = await walletLines(t.db, customerId);
    expect(last!.balanceAfter).toBe(5_000);
  });

  it('refuses an unbalanced entry before writing, and the database refuses one at commit', async () => {
    await expect(
      withTransaction(t.db, (tx) =>
        postJournal(tx, {
          locationId: school.location.id,
          kind: 'PAYMENT',
          occurredAt: at,
          lines: [{ account: 'CASH', amountMinor: 100, currency: 'EUR' }],
        }),
      ),
    ).rejects.toThrow(/does not balance in EUR/);

    const before = await t.db.select({ n: sql<number>`count(*)::int` }).from(journalEntriesTable);
    const error = await withTransaction(t.db, async (tx) => {
      const [entry] = await tx
        .insert(journalEntriesTable)
        .values({ locationId: school.location.id, kind: 'PAYMENT', occurredAt: at })
        .returning();
      await tx.insert(journalLinesTable).values([
        {
          journalId: entry!.id,
          locationId: school.location.id,
          account: 'CASH',
          currency: 'EUR',
          amountMinor: 100,
          occurredAt: at,
        },
        {
          journalId: entry!.id,
          locationId: school.location.id,
          account: 'BANK',
          currency: 'TRY',
          amountMinor: -100,
          occurredAt: at,
        },
      ]);
    }).catch((e: unknown) => e);
    expect(sqlState(error)).toBe('23514');
    const after = await t.db.select({ n: sql<number>`count(*)::int` }).from(journalEntriesTable);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('never lets a line or an entry be edited or deleted', async () => {
    const [line] = await t.db.select().from(journalLinesTable).limit(1);
    const update = await t.db
      .update(journalLinesTable)
      .set({ amountMinor: 1 })
      .where(eq(journalLinesTable.id, line!.id))
      .catch((e: unknown) => e);
    expect(sqlState(update)).toBe('55000');
    const remove = await t.db
      .delete(journalEntriesTable)
      .where(eq(journalEntriesTable.id, line!.journalId))
      .catch((e: unknown) => e);
    expect(sqlState(remove)).toBe('55000');
  });

  it('refuses to take a wallet below zero, and reverses an entry exactly once', async () => {
    const customerId = school.customers[1]!.id;
    const spend = withTransaction(t.db, (tx) =>
      postJournal(tx, {
        locationId: school.location.id,
        kind: 'WALLET_PAYMENT',
        occurredAt: at,
        lines: [
          { account: 'CUSTOMER_WALLET', amountMinor: 1, currency: 'EUR', customerId },
          { account: 'RECEIVABLES', amountMinor: -1, currency: 'EUR', customerId },
        ],
      }),
    );
    await expect(spend).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { reason: 'INSUFFICIENT_FUNDS' },
    });

    const entry = await withTransaction(t.db, (tx) =>
      postJournal(tx, {
        locationId: school.location.id,
        kind: 'WALLET_TOP_UP',
        occurredAt: at,
        lines: [
          { account: 'CARD_CLEARING', amountMinor: 2_500, currency: 'EUR' },
          { account: 'CUSTOMER_WALLET', amountMinor: -2_500, currency: 'EUR', customerId },
        ],
      }),
    );
    await withTransaction(t.db, (tx) => reverseJournal(tx, entry.id, { occurredAt: at }));
    expect((await walletBalances(t.db, [customerId])).get(customerId)).toEqual([
      { currency: 'EUR', amountMinor: 0 },
    ]);
    await expect(
      withTransaction(t.db, (tx) => reverseJournal(tx, entry.id, { occurredAt: at })),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
