// Watches the SQL statements the process sends to its database, for the statement-count tests
// and the benchmark. The drivers are wrapped once when the database opens; with no listener a
// statement costs one size check.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';

export type StatementListener = (sql: string) => void;

export class StatementTap {
  private readonly listeners = new Set<StatementListener>();

  /** Calls the listener with the text of every statement from now on; the result stops it. */
  listen(listener: StatementListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The statements sent while `work` runs, and until the event loop's next turn after it. */
  async record<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    const statements: string[] = [];
    const stop = this.listen((sql) => statements.push(sql));
    try {
      const result = await work();
      await new Promise((resolve) => setImmediate(resolve));
      return { result, statements };
    } finally {
      stop();
    }
  }

  emit(sql: string): void {
    if (this.listeners.size === 0) return;
    for (const listener of this.listeners) listener(sql);
  }
}

type QueryFn = (...args: unknown[]) => unknown;

/** The text of a pg query: a string, or a config object with `text`. */
const pgText = (arg: unknown): string =>
  typeof arg === 'string' ? arg : ((arg as { text?: string } | null)?.text ?? '(unknown)');

/**
 * Taps every connection of a pg Pool. Pool.query and Prisma's adapter (plain queries, and BEGIN
 * and COMMIT on a checked-out client) all end in Client.query, which is wrapped as each
 * connection opens.
 */
export function tapPgPool(pool: pg.Pool, tap: StatementTap): void {
  pool.on('connect', (client) => {
    const query = client.query as unknown as QueryFn;
    (client as unknown as { query: QueryFn }).query = function tappedQuery(this: unknown, ...args: unknown[]) {
      tap.emit(pgText(args[0]));
      return query.apply(this, args);
    };
  });
}

/**
 * Taps a PGlite instance: query, exec and transaction. PGlite sends a transaction's BEGIN,
 * COMMIT and ROLLBACK itself (not through these methods), so they are reported here.
 */
export function tapPglite(client: PGlite, tap: StatementTap): void {
  const query = client.query.bind(client);
  const exec = client.exec.bind(client);
  const transaction = client.transaction.bind(client);
  client.query = ((sql: string, ...rest: unknown[]) => {
    tap.emit(sql);
    return (query as QueryFn)(sql, ...rest);
  }) as PGlite['query'];
  client.exec = ((sql: string, ...rest: unknown[]) => {
    tap.emit(sql);
    return (exec as QueryFn)(sql, ...rest);
  }) as PGlite['exec'];
  client.transaction = (<T>(callback: (tx: Transaction) => Promise<T>) =>
    transaction(async (tx) => {
      tap.emit('BEGIN');
      try {
        const result = await callback(tapTransaction(tx, tap));
        if (!tx.closed) tap.emit('COMMIT');
        return result;
      } catch (error) {
        if (!tx.closed) tap.emit('ROLLBACK');
        throw error;
      }
    })) as PGlite['transaction'];
}

function tapTransaction(tx: Transaction, tap: StatementTap): Transaction {
  return {
    query: ((sql: string, ...rest: unknown[]) => {
      tap.emit(sql);
      return (tx.query as QueryFn)(sql, ...rest);
    }) as Transaction['query'],
    exec: ((sql: string, ...rest: unknown[]) => {
      tap.emit(sql);
      return (tx.exec as QueryFn)(sql, ...rest);
    }) as Transaction['exec'],
    sql: ((strings: TemplateStringsArray, ...params: unknown[]) => {
      tap.emit(strings.join('?'));
      return (tx.sql as QueryFn)(strings, ...params);
    }) as Transaction['sql'],
    rollback: () => {
      tap.emit('ROLLBACK');
      return tx.rollback();
    },
    listen: tx.listen.bind(tx),
    get closed() {
      return tx.closed;
    },
  };
}
