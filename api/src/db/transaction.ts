import type { Db, DbOrTx, Tx } from './client.js';

/**
 * Runs `work` in a transaction, reusing the caller's transaction when there is one, so a
 * service can be called alone or as one step of another service's transaction.
 */
export async function withTransaction<T>(handle: DbOrTx, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (isTransaction(handle)) return work(handle);
  return (handle as Db).transaction((tx) => work(tx as unknown as Tx));
}

function isTransaction(handle: DbOrTx): handle is Tx {
  return typeof (handle as Tx).rollback === 'function';
}
