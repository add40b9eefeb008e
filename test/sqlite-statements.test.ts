import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachingPreparedReads } from '../src/db/sqlite-statements.js';

/** `db.all` as a promise. */
function all(db: sqlite3.Database, sql: string, params?: unknown[]): Promise<unknown[]> {
  return new Promise((resolve, reject) => db.all(sql, params ?? [], (error: Error | null, rows: unknown[]) => (error ? reject(error) : resolve(rows))));
}

function run(db: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.run(sql, (error) => (error ? reject(error) : resolve())));
}

function close(db: sqlite3.Database): Promise<void> {
  return new Promise((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
}

describe('SQLite reads on prepared statements (sqlite-statements.ts)', () => {
  let folder: string;
  let db: sqlite3.Database;

  beforeEach(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gg-statements-'));
    db = cachingPreparedReads(new sqlite3.Database(path.join(folder, 'test.sqlite')), 3);
    await run(db, 'CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)');
    await run(db, "INSERT INTO things (name) VALUES ('a'), ('b'), ('c')");
  });

  afterEach(async () => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('answers a read run again with the rows of the new parameters, as a fresh statement would', async () => {
    const sql = 'SELECT name FROM things WHERE id = ?';
    expect(await all(db, sql, [1])).toEqual([{ name: 'a' }]);
    // The second run may find the statement prepared; the answers do not depend on it.
    expect(await all(db, sql, [2])).toEqual([{ name: 'b' }]);
    const answers = await Promise.all([3, 1, 2, 9, 3].map((id) => all(db, sql, [id])));
    expect(answers).toEqual([[{ name: 'c' }], [{ name: 'a' }], [{ name: 'b' }], [], [{ name: 'c' }]]);
    expect(await all(db, 'SELECT count(*) AS n FROM things')).toEqual([{ n: 3 }]);
    expect(await all(db, 'SELECT count(*) AS n FROM things')).toEqual([{ n: 3 }]);
    await close(db);
  });

  it("keeps SQLite's own error for a read that does not prepare, every time", async () => {
    await expect(all(db, 'SELECT nope FROM things')).rejects.toThrow(/no such column: nope/);
    await expect(all(db, 'SELECT nope FROM things')).rejects.toThrow(/no such column: nope/);
    await close(db);
  });

  it('reads the new schema after it changes under a prepared statement', async () => {
    const sql = 'SELECT * FROM things WHERE id = ?';
    await all(db, sql, [1]);
    expect(await all(db, sql, [1])).toEqual([{ id: 1, name: 'a' }]);
    await run(db, 'ALTER TABLE things ADD COLUMN size INTEGER DEFAULT 7');
    expect(await all(db, sql, [1])).toEqual([{ id: 1, name: 'a', size: 7 }]);
    await close(db);
  });

  it('keeps at most its capacity of statements prepared, and closes with none left open', async () => {
    const prepare = vi.spyOn(db, 'prepare');
    const finalize = vi.spyOn(sqlite3.Statement.prototype, 'finalize');
    for (let round = 0; round < 3; round++) {
      for (let id = 1; id <= 6; id++) expect(await all(db, `SELECT name, ${id} AS k FROM things WHERE id = ?`, [1])).toEqual([{ name: 'a', k: id }]);
    }
    // Statements are prepared beside a read: let the last of them settle.
    await all(db, 'SELECT 1');
    await all(db, 'SELECT 2');
    expect(prepare.mock.calls.length).toBeGreaterThan(3);
    expect(prepare.mock.calls.length - finalize.mock.calls.length).toBeLessThanOrEqual(3);
    // SQLite refuses to close a connection with a statement left open.
    await close(db);
    finalize.mockRestore();
  });

  it('closes while statements are still being prepared', async () => {
    const reads = [1, 2, 3].map((id) => all(db, `SELECT ${id} AS k FROM things`));
    await close(db);
    expect(await Promise.all(reads)).toEqual([[{ k: 1 }, { k: 1 }, { k: 1 }], [{ k: 2 }, { k: 2 }, { k: 2 }], [{ k: 3 }, { k: 3 }, { k: 3 }]]);
  });

  it('leaves writes alone: they report their changes as before', async () => {
    const changes = await new Promise<number>((resolve, reject) =>
      db.run("UPDATE things SET name = 'z' WHERE id > ?", [1], function (this: sqlite3.RunResult, error: Error | null) {
        return error ? reject(error) : resolve(this.changes);
      }),
    );
    expect(changes).toBe(2);
    expect(await all(db, 'SELECT name FROM things ORDER BY id')).toEqual([{ name: 'a' }, { name: 'z' }, { name: 'z' }]);
    await close(db);
  });
});
