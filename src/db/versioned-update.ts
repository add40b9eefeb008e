import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { ConflictError, NotFoundError } from '../errors/index.js';
import { nowTimestamp } from '../lib/clock.js';
import { queryEntities } from './rows.js';
import type { StoredEntity } from './stored-entity.js';

/** A stored entity with a business code, which the messages name. */
type Versioned = StoredEntity & { code: string };
type EntityClass<T> = new () => T;
export type VersionedChanges<T> = QueryDeepPartialEntity<T>;

function describeEntity(manager: EntityManager, entity: EntityClass<ObjectLiteral>): { noun: string; table: string } {
  const metadata = manager.connection.getMetadata(entity);
  return { noun: metadata.name, table: metadata.tableName };
}

/**
 * Loads one row for a write and locks it until the transaction ends (FOR NO KEY UPDATE on PostgreSQL;
 * SQLite runs one write transaction at a time). NOT_FOUND names `field`; when the client sent the
 * version it last read and the row has moved on since, CONFLICT, before anything is written.
 */
export async function lockVersioned<T extends Versioned>(manager: EntityManager, entity: EntityClass<T>, id: number, options: { field: string; expectedVersion?: number | null }): Promise<T> {
  const { noun, table } = describeEntity(manager, entity);
  const lock = manager.connection.driver.options.type === 'postgres' ? ' FOR NO KEY UPDATE' : '';
  const [row] = await queryEntities(manager, entity, `SELECT t.* FROM ${table} t WHERE t.id = :id${lock}`, { id });
  if (!row) throw new NotFoundError(`No ${noun.toLowerCase()} has the id given in "${options.field}".`, { field: options.field });
  checkExpectedVersion(noun, row, options.expectedVersion);
  return row;
}

function checkExpectedVersion(noun: string, row: Versioned, expectedVersion: number | null | undefined): void {
  if (expectedVersion != null && expectedVersion !== row.version) {
    throw new ConflictError(`${noun} ${row.code} was changed by someone else (version ${row.version}, you expected ${expectedVersion}); reload it and try again.`, { field: 'expectedVersion' });
  }
}

/**
 * Writes `changes` to the row `current` was read as, with the version incremented and updatedAt set,
 * and reads it back. Only if the version is still the one read: otherwise another writer got there
 * first, and the answer is CONFLICT.
 */
export async function writeVersioned<T extends Versioned>(manager: EntityManager, entity: EntityClass<T>, current: T, changes: VersionedChanges<T>): Promise<T> {
  const { noun, table } = describeEntity(manager, entity);
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: current.version + 1, updatedAt: nowTimestamp() } as VersionedChanges<T>)
    .where('id = :id AND version = :version', { id: current.databaseId, version: current.version })
    .execute();
  if (result.affected === 0) throw new ConflictError(`${noun} ${current.code} was changed by someone else; reload it and try again.`);
  const [saved] = await queryEntities(manager, entity, `SELECT t.* FROM ${table} t WHERE t.id = :id`, { id: current.databaseId });
  return saved;
}

/**
 * The sequence of a single-row change: lock the row, check the version the client last saw, let
 * `change` apply the rules to the locked row and say what to set, write it with the next version, read
 * it back. `guard` holds rules that come before the version check (a row that may never be changed
 * this way is refused as such, whatever the version).
 */
export async function updateVersioned<T extends Versioned>(
  manager: EntityManager,
  entity: EntityClass<T>,
  id: number,
  options: { field: string; expectedVersion?: number | null; guard?: (current: T) => void; change: (current: T) => VersionedChanges<T> | Promise<VersionedChanges<T>> },
): Promise<{ before: T; after: T }> {
  const before = await lockVersioned(manager, entity, id, { field: options.field });
  options.guard?.(before);
  checkExpectedVersion(describeEntity(manager, entity).noun, before, options.expectedVersion);
  const after = await writeVersioned(manager, entity, before, await options.change(before));
  return { before, after };
}

/**
 * Set-based writes by id (imports, derived links): each row gets its changes, the next version and
 * updatedAt, one statement per row, without a version check: the caller holds what it read inside the
 * same transaction and writes by business code, not against a version a client saw.
 */
export async function updateRowsVersioned<T extends Versioned>(manager: EntityManager, entity: EntityClass<T>, rows: readonly { id: number; changes: VersionedChanges<T> }[]): Promise<void> {
  const stamp = nowTimestamp();
  for (const row of rows) {
    await manager
      .createQueryBuilder()
      .update(entity)
      .set({ ...row.changes, version: () => 'version + 1', updatedAt: stamp } as VersionedChanges<T>)
      .where('id = :id', { id: row.id })
      .execute();
  }
}

/** Whether any of `values` differs from the row as read (null and undefined count as the same). */
export function differs(current: ObjectLiteral, values: ObjectLiteral): boolean {
  return Object.entries(values).some(([key, value]) => (current[key] ?? null) !== (value ?? null));
}
