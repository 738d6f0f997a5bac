import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in one transaction at PostgreSQL's default isolation, READ COMMITTED (not named
 * explicitly: that would cost a SET TRANSACTION round trip on every transaction). Services take the manager it receives and
 * pass it down, so that a state change and its outbox rows commit or roll back together.
 */
export function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(work);
}
