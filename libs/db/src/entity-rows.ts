import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/**
 * Reading an entity with a statement written by hand, the way TypeORM itself would: the select
 * list of every selected column, and each value turned into the property TypeORM would have
 * made (its driver's own conversion: dates, numbers, arrays, transformers). Made once per
 * statement; for the queries of every request, where TypeORM's query builder costs more CPU
 * than the query itself.
 */
export class EntityRows<T extends ObjectLiteral> {
  /** `alias."column"` for every selected column, in the entity's order. */
  readonly selectList: string;
  private readonly metadata: EntityMetadata;
  private readonly columns: ColumnMetadata[];

  constructor(
    private readonly dataSource: DataSource,
    target: EntityTarget<T>,
    alias: string,
  ) {
    this.metadata = dataSource.getMetadata(target);
    this.columns = this.metadata.columns.filter((column) => column.isSelect);
    this.selectList = this.columns.map((column) => `${alias}."${column.databaseName}"`).join(', ');
  }

  /** The entity of one row selected with `selectList` (other columns of the row are ignored). */
  hydrate(row: Record<string, unknown>): T {
    const entity = this.metadata.create() as T;
    for (const column of this.columns)
      column.setEntityValue(
        entity,
        this.dataSource.driver.prepareHydratedValue(row[column.databaseName], column),
      );
    return entity;
  }
}
