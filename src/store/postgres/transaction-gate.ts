/**
 * How the PostgreSQL adapter's calls reach the server. Outside a transaction, each call takes a
 * pooled connection for its statement. `Store.transaction(work)` takes one connection for the
 * whole of `work`'s async flow (known through AsyncLocalStorage, as in `../sqlite/transaction-gate.ts`):
 * every store call of that flow runs on it between BEGIN and COMMIT, a transaction begun inside is
 * a savepoint, and the calls of sibling flows take turns by `../transaction-stack.ts`. Calls of
 * other flows keep using the pool: they are not part of the transaction and do not wait for it
 * (unless PostgreSQL makes them wait for a row it holds).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { StoreError } from '../errors.js';
import { type OpenTransaction, TransactionStack, type TransactionStatements } from '../transaction-stack.js';
import { storeFailure } from './connection.js';
import type { PostgresLocation } from './location.js';

/** One statement of the adapter, its failure a StoreError naming what it was `action`. */
export type Query = <Row extends pg.QueryResultRow>(action: string, text: string, values?: readonly unknown[]) => Promise<pg.QueryResult<Row>>;

export interface PostgresGate {
  readonly query: Query;
  /** `Store.transaction`: `work` and every store call of its flow in one transaction. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
}

/** A top-level transaction's connection, and its open transactions (itself and its savepoints). */
interface Scope {
  readonly client: pg.PoolClient;
  readonly stack: TransactionStack;
  closed: boolean;
  /** A transaction statement failed: the connection may still hold the transaction, so it is dropped, not reused. */
  broken?: Error;
}

interface FlowContext {
  readonly scope: Scope;
  readonly transaction: OpenTransaction;
}

export function postgresGate(pool: pg.Pool, location: PostgresLocation): PostgresGate {
  const flow = new AsyncLocalStorage<FlowContext>();
  const connect = async (): Promise<pg.PoolClient> => {
    try {
      return await pool.connect();
    } catch (error) {
      throw storeFailure(location, 'connecting to PostgreSQL', error);
    }
  };

  const query: Query = async (action, text, values) => {
    const context = flow.getStore();
    try {
      if (context === undefined) return await pool.query(text, values as unknown[]);
      const { scope, transaction } = context;
      // A call of a flow that outlived its transaction is no longer part of it.
      return await scope.stack.whenFree(transaction, () => (scope.closed ? pool.query(text, values as unknown[]) : scope.client.query(text, values as unknown[])));
    } catch (error) {
      throw storeFailure(location, action, error);
    }
  };

  return {
    query,
    async transaction(work) {
      const context = flow.getStore();
      if (context !== undefined && !context.scope.closed) {
        const { scope } = context;
        return scope.stack.transaction(context.transaction, (transaction) => flow.run({ scope, transaction }, work), statements(scope, location));
      }
      const scope: Scope = { client: await connect(), stack: new TransactionStack(), closed: false };
      // The pool listens to idle connections only: a checked-out one that the server drops emits
      // 'error', which unheard would end the process. Its statements fail on their own.
      const lost = (error: Error): void => void (scope.broken = error);
      scope.client.on('error', lost);
      try {
        return await scope.stack.transaction(undefined, (transaction) => flow.run({ scope, transaction }, work), statements(scope, location));
      } finally {
        scope.closed = true;
        scope.client.off('error', lost);
        scope.client.release(scope.broken);
      }
    },
  };
}

function statements(scope: Scope, location: PostgresLocation): TransactionStatements {
  const run = async (action: string, sql: string): Promise<pg.QueryResult> => {
    try {
      return await scope.client.query(sql);
    } catch (error) {
      const failure = storeFailure(location, action, error);
      scope.broken = failure;
      throw failure;
    }
  };
  return {
    begin: (savepoint) => run('starting a transaction', savepoint === undefined ? 'BEGIN' : `SAVEPOINT ${savepoint}`),
    async commit(savepoint) {
      if (savepoint !== undefined) return run('committing a transaction', `RELEASE SAVEPOINT ${savepoint}`);
      const result = await run('committing a transaction', 'COMMIT');
      // PostgreSQL answers COMMIT of a transaction in which a statement failed with ROLLBACK, not an
      // error: work that caught a store error and went on would otherwise lose its writes unseen.
      if (result.command === 'ROLLBACK') {
        throw new StoreError('committing a transaction failed: a statement in it had failed, so PostgreSQL rolled it back', location.display, {
          hint: 'a store call inside Store.transaction failed: let its error end the transaction',
        });
      }
      return result;
    },
    // A failed ROLLBACK (the connection is gone) leaves the work's own error to tell what happened:
    // the connection is dropped (`broken`), and the server ends a transaction whose connection ends.
    rollback: (savepoint) =>
      run('rolling back a transaction', savepoint === undefined ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT ${savepoint}; RELEASE SAVEPOINT ${savepoint}`).catch(() => undefined),
  };
}
