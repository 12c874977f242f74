/**
 * The async gate of the SQLite adapter: one connection serves every async flow of the process, so
 * while `Store.transaction` holds it open, only the calls of that transaction's own flow may use
 * the connection. Which flow a call belongs to is known through AsyncLocalStorage: the work of a
 * transaction runs with the transaction as its context, and so does every call it awaits or starts.
 *
 * A call runs at once when no transaction is open or when it belongs to the innermost open one;
 * any other call waits until that transaction ends, so another flow's writes never slip into it
 * (nor get rolled back with it): they land after it (`../transaction-stack.ts`).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database } from 'better-sqlite3';
import { type OpenTransaction, TransactionStack } from '../transaction-stack.js';
import { guarded, storeFailure } from './failures.js';

export interface TransactionGate {
  /** Runs one synchronous database call when the connection is free for the caller's flow. */
  run<T>(call: () => T): Promise<T>;
  /** `Store.transaction`: `work` and every store call of its flow in one transaction. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
}

export function transactionGate(db: Database, path: string): TransactionGate {
  const flow = new AsyncLocalStorage<OpenTransaction>();
  // One connection serves every flow: calls outside any transaction wait for the open ones too.
  const stack = new TransactionStack();
  const sql = (statement: string, action: string): void => {
    try {
      db.exec(statement);
    } catch (error) {
      throw storeFailure(path, action, error);
    }
  };

  return {
    run: (call) => stack.whenFree(flow.getStore(), call),
    transaction: (work) =>
      stack.transaction(flow.getStore(), (transaction) => flow.run(transaction, work), {
        begin: (savepoint) => sql(savepoint === undefined ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${savepoint}`, 'starting a transaction'),
        commit: (savepoint) => sql(savepoint === undefined ? 'COMMIT' : `RELEASE ${savepoint}`, 'committing a transaction'),
        rollback: (savepoint) => {
          // A failed COMMIT (a full disk) leaves the transaction open: undo it too.
          if (db.inTransaction) sql(savepoint === undefined ? 'ROLLBACK' : `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`, 'rolling back a transaction');
        },
      }),
  };
}

/** A database call of the adapter, made through the gate, its SQLite failure a StoreError naming what it was `action`. */
export type StoreCall = <T>(action: string, work: () => T) => Promise<T>;

export function storeCall(gate: TransactionGate, path: string): StoreCall {
  return (action, work) => gate.run(() => guarded(path, action, work));
}
