/**
 * What dataloaders need from a batch query: the rows back in the order of the keys asked
 * for. One pass over the rows each, whatever the batch size.
 */

/** The row of each key, or null. */
export function oneEach<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K) {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** The rows of each key, in the rows' order (empty when none). */
export function manyEach<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K) {
  const byKey = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}
