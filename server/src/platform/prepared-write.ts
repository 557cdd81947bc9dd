// A write inside a transaction, prepared where the engine allows it. A booking's transaction sends
// the same four writes every time; on MySQL/MariaDB each as a prepared statement on the
// transaction's own connection is parsed once per connection instead of once per booking, and the
// values travel in the binary protocol instead of being escaped into the text (the driver converts
// them the same way: its connection's time zone for dates). Elsewhere (SQLite) TypeORM's runner.
import type { EntityManager } from 'typeorm';

/** The part of mysql2's connection (TypeORM's runner.databaseConnection on MySQL) used here. */
interface PreparingConnection {
  execute(sql: string, params: unknown[], done: (err: Error | null, result: { affectedRows?: number }) => void): void;
}

/** Runs `sql` in `em`'s transaction and returns the rows it affected. */
export async function writeInTransaction(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const runner = em.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('writeInTransaction runs inside tx.run');
  if (em.dataSource.options.type === 'mysql') {
    // TypeORM's MysqlQueryRunner holds the pool connection it began the transaction on.
    const connection = (runner as unknown as { databaseConnection: PreparingConnection }).databaseConnection;
    return new Promise<number>((resolve, reject) => {
      connection.execute(sql, params, (err, result) => (err ? reject(err) : resolve(result.affectedRows ?? 0)));
    });
  }
  const result = await runner.query(sql, params, true);
  return result.affected ?? 0;
}
