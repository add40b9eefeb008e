import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/*
 * Multi-row INSERTs for the import of large sections (a year of cases is 200,000 cases and 1.6 million
 * events): one statement per few hundred rows with plain positional parameters, built from the entity's
 * metadata, instead of TypeORM's insert builder, which costs more in JavaScript per row than the database
 * does. The rows are values already checked by the rules; the statement binds every value.
 */

/** Rows per statement: large enough that the statements' overhead vanishes, small enough to keep each text modest. */
const ROWS_PER_STATEMENT = 500;
/** SQLite refuses more than 32,766 variables in a statement, PostgreSQL more than 65,535. */
const MAX_VARIABLES = { sqlite: 32_000, postgres: 65_000 } as const;
/**
 * Text that cannot end a quoted SQL literal or change its meaning (no quote, no backslash): codes, enum
 * values, ISO times. Such values and numbers are written into the statement; anything else is bound.
 * Binding costs node-sqlite3 about half a microsecond per value on the main thread, and a year of events
 * has 30 million of them.
 */
const PLAIN_TEXT = /^[A-Za-z0-9 _.:+-]{0,64}$/;

/**
 * Inserts `rows` (entity property values; a property left out is NULL) into the entity's table, every
 * column but the generated id. `onProgress` hears the running count after each statement.
 */
export async function insertRowsBulk<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: readonly Partial<T>[], onProgress?: (inserted: number) => void): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(entity);
  const postgres = manager.connection.driver.options.type === 'postgres';
  const columns = metadata.columns.filter((column) => !column.isGenerated);
  const names = columns.map((column) => `"${column.databaseName}"`).join(', ');
  const properties = columns.map((column) => column.propertyName);
  const width = properties.length;
  const perStatement = Math.max(1, Math.min(ROWS_PER_STATEMENT, Math.floor((postgres ? MAX_VARIABLES.postgres : MAX_VARIABLES.sqlite) / width)));
  const yes = postgres ? 'TRUE' : '1';
  const no = postgres ? 'FALSE' : '0';
  for (let start = 0; start < rows.length; start += perStatement) {
    const end = Math.min(rows.length, start + perStatement);
    const parameters: unknown[] = [];
    const groups: string[] = new Array(end - start);
    for (let at = start; at < end; at += 1) {
      const row = rows[at] as Record<string, unknown>;
      let group = '(';
      for (let column = 0; column < width; column += 1) {
        if (column > 0) group += ', ';
        const value = row[properties[column]!];
        if (value === undefined || value === null) group += 'NULL';
        else if (typeof value === 'number' && Number.isFinite(value)) group += String(value);
        else if (typeof value === 'boolean') group += value ? yes : no;
        else if (typeof value === 'string' && PLAIN_TEXT.test(value)) group += `'${value}'`;
        else {
          parameters.push(value);
          group += postgres ? `$${parameters.length}` : '?';
        }
      }
      groups[at - start] = `${group})`;
    }
    await manager.query(`INSERT INTO "${metadata.tableName}" (${names}) VALUES ${groups.join(', ')}`, parameters);
    onProgress?.(end);
  }
}
