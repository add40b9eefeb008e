import type { Database } from '../src/db/database.js';

/**
 * Runs `load` with the secondary indexes of `tables` dropped, and creates them again afterwards (whether
 * `load` succeeded or not), from the very statements SQLite kept for them: the same indexes, built once by
 * sorting what was loaded instead of maintained row by row. Only on SQLite, and only when every one of
 * `tables` is empty, as in a fresh database: a seed run again on a filled one keeps its indexes (its
 * import then looks stored rows up by them). The indexes SQLite makes for UNIQUE and PRIMARY KEY
 * constraints (no statement of their own) stay, so that codes are still looked up and still unique.
 *
 * Why: at scale 1 a year of cases is 1.6 million events and 200,000 cases inserted into tables whose
 * indexes (nine on the two) are keyed by kind, time or community first, so each insert lands on another
 * page of each index.
 */
export async function withIndexesDeferred<T>(db: Database, tables: readonly string[], load: () => Promise<T>, say: (message: string) => void = () => undefined): Promise<T> {
  if (db.dialect !== 'sqlite') return load();
  const writer = db.writer.manager;
  for (const table of tables) {
    const [row] = (await writer.query(`SELECT EXISTS (SELECT 1 FROM "${table}") AS filled`)) as { filled: number }[];
    if (row.filled) return load();
  }
  const marks = tables.map(() => '?').join(', ');
  const indexes = (await writer.query(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${marks}) ORDER BY tbl_name, name`, [...tables])) as { name: string; sql: string }[];
  for (const index of indexes) await writer.query(`DROP INDEX "${index.name}"`);
  try {
    return await load();
  } finally {
    const started = performance.now();
    for (const index of indexes) await writer.query(index.sql);
    say(`${indexes.length} indexes of ${tables.join(', ')} created in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
