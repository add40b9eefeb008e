import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { chunk } from '../lib/group-by.js';
import { invariant } from '../lib/invariant.js';
import type { Page, PageWindow } from '../schema/pagination.js';
import type { Conditions } from './conditions.js';

type Row = Record<string, unknown>;

/**
 * Turns a raw row (`t.*`, database column names) into an entity instance, converting each value the
 * way TypeORM would (dates as YYYY-MM-DD strings, SQLite's 0/1 as booleans), so raw window-function
 * statements and repository reads yield the same objects.
 */
export function hydrate<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, row: Row): T {
  const metadata = manager.connection.getMetadata(entity);
  const driver = manager.connection.driver;
  const instance = metadata.create() as T;
  for (const column of metadata.columns) {
    if (!(column.databaseName in row)) continue;
    column.setEntityValue(instance, driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return instance;
}

/** An entity's columns in the order the packed reads below list them; computed once per entity (metadata belongs to one DataSource). */
function packedColumns(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): PackedColumns {
  const metadata = manager.connection.getMetadata(entity);
  let columns = packedColumnsCache.get(metadata);
  if (!columns) {
    const names = metadata.columns.map((column) => column.databaseName);
    const reals = new Set(metadata.columns.filter((column) => column.type === 'double precision').map((column) => column.databaseName));
    columns = { metadata, names, reals, setters: columnSetters(metadata, manager.connection.driver) };
    packedColumnsCache.set(metadata, columns);
  }
  return columns;
}

type Metadata = ReturnType<EntityManager['connection']['getMetadata']>;
type Driver = EntityManager['connection']['driver'];
type ColumnSetter = (instance: ObjectLiteral, value: unknown) => void;

/** Column types whose values both drivers hand over as they come (text and numbers): TypeORM's conversion leaves them be. */
const AS_READ = new Set(['varchar', 'text', 'integer', 'double precision']);

/**
 * How each column's value is put on an entity, decided once per entity: what TypeORM's `setEntityValue`
 * and its driver's `prepareHydratedValue` do, without asking, for every value, which of their cases applies.
 * A plain column (no embedding, no transformer, no relation id written as an object) of a type both drivers
 * leave as it is gets its value assigned; a `date` too when the value is already text (TypeORM only
 * formats Date objects); anything else goes through TypeORM's own two calls, as before. The rows of a
 * community tree went through those calls column by column, 6 % of its CPU.
 */
function columnSetters(metadata: Metadata, driver: Driver): ColumnSetter[] {
  return metadata.columns.map((column) => {
    const plain = !column.embeddedMetadata && !column.transformer && !(column.isVirtual && column.referencedColumn && column.referencedColumn.propertyName !== column.propertyName);
    const property = column.propertyName;
    const generic: ColumnSetter = (instance, value) => column.setEntityValue(instance, driver.prepareHydratedValue(value, column));
    if (!plain || typeof column.type !== 'string') return generic;
    if (AS_READ.has(column.type)) {
      return (instance, value) => {
        instance[property] = value;
      };
    }
    if (column.type === 'date') {
      return (instance, value) => {
        if (value === null || typeof value === 'string') instance[property] = value;
        else generic(instance, value);
      };
    }
    return generic;
  });
}

interface PackedColumns {
  metadata: Metadata;
  names: string[];
  /** The names of its double precision columns, which SQLite's JSON would round (packedValue). */
  reals: ReadonlySet<string>;
  setters: ColumnSetter[];
}

/**
 * A value in a packed row. SQLite's json_array writes a REAL with 15 significant digits, which is not always
 * the stored double (33.860277777777775 came back as 33.8602777777778); printf's 17 digits always are, so a
 * double precision column is written that way, as a JSON number (json() keeps it one inside json_array).
 * PostgreSQL's JSON writes the shortest text that reads back as the same double.
 */
function packedValue(postgres: boolean, expression: string, real: boolean): string {
  return real && !postgres ? `CASE WHEN ${expression} IS NULL THEN NULL ELSE json(printf('%!.17g', ${expression})) END` : expression;
}

const packedColumnsCache = new WeakMap<object, PackedColumns>();

/**
 * Runs `sql` (whose rows are `alias.*` of `entity`, plus `extras`) and reads its rows as arrays of their
 * values, in `orderBy`'s order (an expression over `alias`), or in no particular order without one.
 *
 * SQLite: packed by the database into one JSON array of arrays. node-sqlite3 builds an object per row,
 * making a string for every column name of every row; one JSON text parsed at once costs a third of that:
 * 2,315 rows of posts took 21–24 ms of CPU as rows and 13–16 ms packed, of which the main thread 23–26 ms
 * and 5–10 ms (measured alternately).
 *
 * PostgreSQL: plain rows, which pg hands over as arrays (rowMode 'array': no object per row, no column
 * names). They were packed with json_agg(json_build_array(...)) too, but PostgreSQL looks up each value's
 * type output function again for every value it writes as JSON: the bench's 100 building cells cost its
 * backend 4.3 ms of CPU per request packed and 2.8 ms as rows, the community tree 9.0 and 6.2 ms, the 500
 * descendants 12.5 and 9.4 ms, while our server's CPU stayed the same (two servers alternating, 3 × 6 s
 * each, on a busy machine).
 */
async function queryPackedRows(manager: EntityManager, columns: PackedColumns, sql: string, parameters: ObjectLiteral, options: PackedOptions): Promise<unknown[][]> {
  const postgres = manager.connection.driver.options.type === 'postgres';
  const key = `${postgres ? 'p' : 's'}\u0000${options.alias}\u0000${options.orderBy ?? ''}\u0000${options.extras?.join(',') ?? ''}\u0000${options.realExtras ? [...options.realExtras].join(',') : ''}\u0000${sql}`;
  return runPackedStatement(manager, remembered(packedStatements, columns, key, () => packedStatement(postgres, columns, sql, options)), parameters);
}

interface PackedOptions {
  alias: string;
  extras?: readonly string[];
  realExtras?: ReadonlySet<string>;
  orderBy?: string;
}

/** The statement queryPackedRows runs for `sql`: on SQLite its rows packed into one JSON text, on PostgreSQL its rows' values as they are. */
function packedStatement(postgres: boolean, columns: PackedColumns, sql: string, options: PackedOptions): PackedStatement {
  const values = [
    ...columns.names.map((name) => packedValue(postgres, `${options.alias}."${name}"`, columns.reals.has(name))),
    ...(options.extras ?? []).map((name) => packedValue(postgres, `${options.alias}."${name}"`, options.realExtras?.has(name) ?? false)),
  ].join(', ');
  const order = options.orderBy ? ` ORDER BY ${options.orderBy}` : '';
  if (postgres) return { postgres, sql: `SELECT ${values} FROM (${sql}) ${options.alias}${order}` };
  // SQLite 3.44's json_group_array with ORDER BY loses json_array's JSON subtype and quotes each row as a
  // string; group_concat of the rows' JSON text, in brackets, is the same array.
  return { postgres, sql: `SELECT '[' || group_concat(json_array(${values}), ','${order}) || ']' AS "packed__" FROM (${sql}) ${options.alias}` };
}

interface PackedStatement {
  postgres: boolean;
  sql: string;
}

async function runPackedStatement(manager: EntityManager, statement: PackedStatement, parameters: ObjectLiteral): Promise<unknown[][]> {
  if (statement.postgres) return queryRowArrays(manager, statement.sql, parameters);
  const [row] = await queryRows(manager, statement.sql, parameters);
  const packed = row?.packed__;
  if (packed == null) return [];
  return JSON.parse(packed as string) as unknown[][];
}

/**
 * The text of a statement built from the same parts before, by entity and by a key naming those parts.
 * A page's or a loader's statement is a few kilobytes of SQL put together from its entity's columns,
 * its conditions and its order, the same for every request that reads the same shape: putting it together
 * again took a tenth of the CPU of a small request (one organization with its parent and ten links, on
 * SQLite), more than anything else of ours in it. The key is made of the parts' texts, which are few and
 * short; a table holds at most MAX_REMEMBERED_STATEMENTS keys an entity, and builds the rest every time,
 * so that texts holding values (which none should) cannot fill the memory.
 */
function remembered<V>(cache: WeakMap<object, Map<string, V>>, owner: object, key: string, build: () => V): V {
  let byKey = cache.get(owner);
  if (!byKey) cache.set(owner, (byKey = new Map()));
  let value = byKey.get(key);
  if (value === undefined) {
    value = build();
    if (byKey.size < MAX_REMEMBERED_STATEMENTS) byKey.set(key, value);
  }
  return value;
}

const MAX_REMEMBERED_STATEMENTS = 1_000;
const packedStatements = new WeakMap<object, Map<string, PackedStatement>>();

/** An entity from a packed row: its columns' values first (from `offset`), in `packedColumns` order, as hydrate converts them. */
function hydratePacked<T extends ObjectLiteral>(columns: PackedColumns, values: unknown[], offset = 0): T {
  const instance = columns.metadata.create() as T;
  const setters = columns.setters;
  for (let index = 0; index < setters.length; index += 1) setters[index](instance, values[offset + index]);
  return instance;
}

/**
 * The entities that `sql` selects (`SELECT t.* FROM … t WHERE …`), in no particular order: for loaders,
 * which match rows to their keys. Read packed (see queryPackedRows).
 */
export async function queryEntitiesUnordered<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, sql: string, parameters: ObjectLiteral = {}): Promise<T[]> {
  const columns = packedColumns(manager, entity);
  const rows = await queryPackedRows(manager, columns, sql, parameters, { alias: 't' });
  return rows.map((values) => hydratePacked<T>(columns, values));
}

/**
 * Runs a statement written with TypeORM named parameters (`:name`, `:...list`): they become `?` on
 * SQLite and `$n` on PostgreSQL, so the same SQL serves both. `planEachTime`: on PostgreSQL, sent unnamed, so that it is planned with its values every
 * time: for statements whose best plan depends on them (a period of a month or of a year), where a named one's
 * generic plan, which PostgreSQL settles on from the sixth run, is several times slower (a year of the scale-1
 * district's case indicators: counts 0.22 -> 0.59 s, returns 0.30 -> 1.2 s from the sixth run).
 */
export async function queryRows(manager: EntityManager, sql: string, parameters: ObjectLiteral = {}, options: { planEachTime?: boolean } = {}): Promise<Row[]> {
  const driver = manager.connection.driver;
  if (driver.options.type !== 'postgres') {
    const bound = bindLongListsAsJson(sql, parameters);
    const [statement, values] = driver.escapeQueryWithParameters(bound.sql, bound.parameters, {});
    return manager.query(statement, values);
  }
  const bound = bindListsAsArrays(sql, parameters);
  const [statement, values] = driver.escapeQueryWithParameters(bound.sql, bound.parameters, {});
  // pg takes a query config ({ name, text }) wherever it takes a text; TypeORM hands it on as it is.
  return manager.query(options.planEachTime ? statement : (preparedStatement(statement) as unknown as string), values);
}

/** PostgreSQL: queryRows' statement (named, lists bound as arrays), each row read as an array of its values in the select list's order (pg's rowMode 'array'). */
async function queryRowArrays(manager: EntityManager, sql: string, parameters: ObjectLiteral): Promise<unknown[][]> {
  const bound = bindListsAsArrays(sql, parameters);
  const [statement, values] = manager.connection.driver.escapeQueryWithParameters(bound.sql, bound.parameters, {});
  const prepared = preparedStatement(statement);
  // pg takes a query config wherever it takes a text; TypeORM hands it on as it is.
  const config = typeof prepared === 'string' ? { text: prepared, rowMode: 'array' } : { ...prepared, rowMode: 'array' };
  return manager.query(config as unknown as string, values);
}

/**
 * SQLite: a list of more than SPREAD_LIST_MAX integers or strings in `column IN (:...list)` becomes `column IN
 * (SELECT value FROM json_each(:list))`, bound as one JSON text, so that a loader's batch is one statement
 * whatever its size (SQLite takes at most 32,766 parameters a statement; loaders no longer cut their batches,
 * loader-family.ts). Shorter lists stay spread out as `?` each, as they were measured.
 */
function bindLongListsAsJson(sql: string, parameters: ObjectLiteral): { sql: string; parameters: ObjectLiteral } {
  // Most statements have no list that long: then the text is not searched at all (loaders' statements run on every request).
  if (!Object.values(parameters).some((value) => Array.isArray(value) && value.length > SPREAD_LIST_MAX)) return { sql, parameters };
  let bound = parameters;
  const text = sql.replace(/\bIN\s*\(\s*:\.\.\.(\w+)\s*\)/g, (whole, name: string) => {
    const list: unknown = parameters[name];
    if (!Array.isArray(list) || list.length <= SPREAD_LIST_MAX) return whole;
    if (!list.every((value) => Number.isSafeInteger(value)) && !list.every((value) => typeof value === 'string')) return whole;
    if (bound === parameters) bound = { ...parameters };
    bound[name] = JSON.stringify(list);
    return `IN (SELECT value FROM json_each(:${name}))`;
  });
  return { sql: text, parameters: bound };
}

/** SQLite: the longest list bound spread out, one parameter an element (the loaders' batch size until they stopped cutting them). */
const SPREAD_LIST_MAX = 5000;

/**
 * PostgreSQL: `column IN (:...list)` becomes `column = ANY(CAST(:list AS bigint[]))` (or `text[]`), one
 * parameter whatever the list's length, so that a statement's text does not change with the number of keys
 * a loader batches and can be prepared once (below). A list of one becomes `column = :list`: the planner
 * knows an equality, and walks an index on (column, order) for a page (organizations of one kind by code,
 * where `= ANY` of a one-element array read the whole code index: 7.5 instead of 0.3 ms for 100 enterprises).
 * Lists of anything but safe integers or strings stay spread out.
 */
function bindListsAsArrays(sql: string, parameters: ObjectLiteral): { sql: string; parameters: ObjectLiteral } {
  let bound = parameters;
  const text = sql.replace(/\bIN\s*\(\s*:\.\.\.(\w+)\s*\)/g, (whole, name: string) => {
    const list: unknown = parameters[name];
    if (!Array.isArray(list) || list.length === 0) return whole;
    const integers = list.every((value) => Number.isSafeInteger(value));
    if (!integers && !list.every((value) => typeof value === 'string')) return whole;
    if (list.length === 1) {
      if (bound === parameters) bound = { ...parameters };
      bound[name] = list[0];
      return `= :${name}`;
    }
    return `= ANY(CAST(:${name} AS ${integers ? 'bigint' : 'text'}[]))`;
  });
  return { sql: text, parameters: bound };
}

/**
 * PostgreSQL parses and plans an unnamed statement every time it runs; a named one is parsed once per
 * connection and its plan kept. The texts the application sends are a fixed set of shapes (lists are bound
 * as arrays, above), each named once for the process; past MAX_PREPARED_STATEMENTS distinct texts, new
 * ones run unnamed, so a source of ever new texts cannot fill the connections' memory. One organization
 * with its parent and ten links: 1.3–1.8 ms of PostgreSQL CPU per request unnamed, 0.3–0.4 named; the
 * community tree 5.8–6.8 ms and 4.2–4.6 ms (the same statements replayed 200 times on one connection).
 */
function preparedStatement(text: string): string | { name: string; text: string } {
  let name = preparedStatementNames.get(text);
  if (name === undefined && preparedStatementNames.size < MAX_PREPARED_STATEMENTS) {
    name = `gg_${preparedStatementNames.size}`;
    preparedStatementNames.set(text, name);
  }
  return name === undefined ? text : { name, text };
}

const preparedStatementNames = new Map<string, string>();
const MAX_PREPARED_STATEMENTS = 1_000;

export async function queryEntities<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, sql: string, parameters: ObjectLiteral = {}): Promise<T[]> {
  const rows = await queryRows(manager, sql, parameters);
  return rows.map((row) => hydrate(manager, entity, row));
}

/**
 * The rows of `table` whose code is among `codes`, as entities by code (what an import looks up before it writes):
 * one statement per 500 codes. With more codes than that, an empty table is found out first, in one statement
 * instead of one per 500 codes (PostgreSQL plans each).
 */
export async function entitiesByCode<T extends ObjectLiteral & { code: string }>(manager: EntityManager, entity: EntityTarget<T>, table: string, codes: Iterable<string>): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  const unique = [...new Set(codes)];
  if (unique.length === 0) return found;
  if (unique.length > 500 && (await queryRows(manager, `SELECT 1 AS one FROM ${table} LIMIT 1`)).length === 0) return found;
  for (const part of chunk(unique, 500)) for (const row of await queryEntities(manager, entity, `SELECT t.* FROM ${table} t WHERE t.code IN (:...codes)`, { codes: part })) found.set(row.code, row);
  return found;
}

export interface PartitionedPageQuery {
  /** FROM clause; the paged entity's table (or a derived table of its rows, with their ids) must be aliased `t`. */
  from: string;
  /** Expression naming the parent a row belongs to (e.g. `t.parent_id`). */
  partitionBy: string;
  /** WHERE clause, including the condition that limits the partition to the requested parents. */
  where: Conditions;
  /** ORDER BY within a parent; must end with a unique column so pages are stable. */
  orderBy: string;
  /** Parameters that `from` uses, beside those of `where`. */
  parameters?: ObjectLiteral;
  /**
   * Other entities each row names (a post's person, a link's two ends), each read in the same statement by
   * the id in `column` of the paged row, and handed to `found` once per entity: its loader remembers them
   * (entitiesById), so that the field that asks for one next answers at once, with no statement of its own.
   */
  include?: PageInclude<ObjectLiteral>[];
}

export interface PageInclude<I extends ObjectLiteral> {
  entity: EntityTarget<I>;
  column: string;
  found: (entity: I) => void;
}

/**
 * Fetches one page of every parent's list in one statement: ROW_NUMBER() numbers each parent's rows,
 * COUNT(*) OVER gives each parent's total. Row 1 of every non-empty parent is always returned so that
 * a page past the end still learns the total. SQLite (3.25+) and PostgreSQL both run it.
 */
export async function queryPartitionedPages<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  window: PageWindow,
  query: PartitionedPageQuery,
): Promise<Map<string, Page<T>>> {
  const columns = packedColumns(manager, entity);
  const postgres = manager.connection.driver.options.type === 'postgres';
  const included = (query.include ?? []).map((include) => packedColumns(manager, include.entity));
  let key = `${postgres ? 'p' : 's'}\u0000${query.from}\u0000${query.partitionBy}\u0000${query.where.where}\u0000${query.orderBy}`;
  for (let index = 0; index < included.length; index += 1) key += `\u0000${included[index].metadata.tableName}.${query.include![index].column}`;
  const statement = remembered(partitionedStatements, columns.metadata, key, () => partitionedStatement(postgres, columns, included, query));
  // The ids of the rows included, by entity: both ends of links are organizations.
  const seenByEntity = new Map<object, Set<unknown>>();
  const includes = statement.includes.map((shape, index) => {
    let seen = seenByEntity.get(shape.columns.metadata);
    if (!seen) seenByEntity.set(shape.columns.metadata, (seen = new Set()));
    return { ...shape, found: query.include![index].found, seen };
  });
  const rows = await runPackedStatement(manager, statement.packed, { ...query.parameters, ...query.where.parameters, pageOffset: window.offset, pageEnd: window.offset + window.limit });
  const extra = columns.names.length;
  const pages = new Map<string, Page<T>>();
  for (const row of rows) {
    const key = String(row[extra]);
    let page = pages.get(key);
    if (!page) {
      page = { rows: [], offset: window.offset, totalCount: Number(row[extra + 2]) };
      pages.set(key, page);
    }
    const position = Number(row[extra + 1]);
    if (position > window.offset && position <= window.offset + window.limit) {
      page.rows.push(hydratePacked<T>(columns, row));
      let at = extra + 3;
      for (const include of includes) {
        // One object per included row: a link's owner is an end of every one of its links.
        const id = row[at + include.idAt];
        if (id != null && !include.seen.has(id)) {
          const other = hydratePacked<ObjectLiteral>(include.columns, row, at);
          include.seen.add(id);
          include.found(other);
        }
        at += include.columns.names.length;
      }
    }
  }
  return pages;
}

interface PartitionedStatement {
  packed: PackedStatement;
  /** Each included entity's columns, where its id is among them, and its columns' place in a row (after the paged entity's and the three numbers). */
  includes: { columns: PackedColumns; idAt: number }[];
}

const partitionedStatements = new WeakMap<object, Map<string, PartitionedStatement>>();

/** queryPartitionedPages' statement for a shape of query, built once (remembered). */
function partitionedStatement(postgres: boolean, columns: PackedColumns, included: PackedColumns[], query: PartitionedPageQuery): PartitionedStatement {
  const includes = included.map((includedColumns, index) => {
    const idAt = includedColumns.names.indexOf('id');
    invariant(idAt >= 0, `an included entity (${includedColumns.metadata.tableName}) has an id column`);
    return { columns: includedColumns, idAt, alias: `i${index}__`, column: query.include![index].column };
  });
  const includedNames = includes.flatMap((include) => include.columns.names.map((name) => `${include.alias}${name}`));
  const includedReals = new Set(includes.flatMap((include) => [...include.columns.reals].map((name) => `${include.alias}${name}`)));
  const packed = packedStatement(
    postgres,
    columns,
    // The window functions number narrow rows (id, partition, order); only the page's rows are then read
    // whole, by id. Numbering whole rows made the database carry every column through the sort: 500 of a
    // subdistrict's 1,928 descendants took 7 ms on SQLite that way and 3.5 ms this way (sqlite3 CLI, 50 runs).
    `SELECT e__.*, paged."partition__", paged."row__", paged."total__"${includes.map((include) => include.columns.names.map((name) => `, ${include.alias}."${name}" AS "${include.alias}${name}"`).join('')).join('')} FROM (
       SELECT t.id AS "id__", ${query.partitionBy} AS "partition__",
              ROW_NUMBER() OVER (PARTITION BY ${query.partitionBy} ORDER BY ${query.orderBy}) AS "row__",
              COUNT(*) OVER (PARTITION BY ${query.partitionBy}) AS "total__"
       FROM ${query.from}
       WHERE ${query.where.where}
     ) paged
     JOIN ${columns.metadata.tableName} e__ ON e__.id = paged."id__"
     ${includes.map((include) => `LEFT JOIN ${include.columns.metadata.tableName} ${include.alias} ON ${include.alias}.id = e__."${include.column}"`).join('\n     ')}
     WHERE (paged."row__" > :pageOffset AND paged."row__" <= :pageEnd) OR paged."row__" = 1`,
    { alias: 'paged', extras: ['partition__', 'row__', 'total__', ...includedNames], realExtras: includedReals, orderBy: 'paged."partition__", paged."row__"' },
  );
  return { packed, includes: includes.map(({ columns: includeColumns, idAt }) => ({ columns: includeColumns, idAt })) };
}

export function emptyPage<T>(window: PageWindow): Page<T> {
  return { rows: [], offset: window.offset, totalCount: 0 };
}

/**
 * One page of a root list and its total. `orderIndexed` says whether an index gives rows in the order
 * asked (a unique code, a timestamp), so that the page's statement can walk it and stop at the LIMIT:
 * then the total is a COUNT of its own, which costs a read of the matches' index entries, where
 * COUNT(*) OVER () in the page's statement would read and sort every matching row first (100 building
 * cells of 20,000 by code: 3.7 instead of 42 ms on SQLite, 7.8 instead of 24 ms on PostgreSQL). When no
 * index gives the order, the database reads and sorts every match for the page anyway, and counting
 * them in the same pass is cheaper than a second statement (market and social organizations by name:
 * 10 instead of 12 ms on SQLite, 9.6 instead of 15.6 on PostgreSQL). Either way a page that is not
 * full says its total itself; on SQLite only a full page or a page past the end needs a statement to
 * count, and on PostgreSQL the COUNT of an indexed order is sent beside the page (below).
 */
export async function queryPage<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  window: PageWindow,
  query: { from: string; where: Conditions; orderBy: string; orderIndexed: boolean },
): Promise<Page<T>> {
  const columns = packedColumns(manager, entity);
  const countAll = () => queryRows(manager, `SELECT COUNT(*) AS "total__" FROM ${query.from} WHERE ${query.where.where}`, query.where.parameters);
  // PostgreSQL: the total counted beside the page, on another connection of the pool, as PostGraphile does, rather
  // than after it, when the page is known to be full: one round trip less for every full page (the bench's 100 building
  // cells +8 to +14 % req/s, two servers alternating). A page that turns out to be the last has counted for nothing:
  // the rows its OFFSET walks anyway. SQLite runs one statement at a time on its reader: there it stays after the page.
  // In a transaction (a query runner of its own) there is one connection: after the page too.
  const counting = query.orderIndexed && manager.connection.driver.options.type === 'postgres' && !manager.queryRunner ? countAll() : null;
  counting?.catch(() => undefined);
  const rows = await queryPackedRows(
    manager,
    columns,
    `SELECT t.*${query.orderIndexed ? '' : ', COUNT(*) OVER () AS "total__"'} FROM ${query.from} WHERE ${query.where.where}
     ORDER BY ${query.orderBy} LIMIT :pageLimit OFFSET :pageOffset`,
    { ...query.where.parameters, pageLimit: window.limit, pageOffset: window.offset },
    // The page is read into an alias `t` too, so the same ORDER BY (over t's columns) orders the packed rows.
    { alias: 't', extras: query.orderIndexed ? [] : ['total__'], orderBy: query.orderBy },
  );
  const page = rows.map((row) => hydratePacked<T>(columns, row));
  if (!query.orderIndexed && rows.length > 0) return { rows: page, offset: window.offset, totalCount: Number(rows[0][columns.names.length]) };
  if (rows.length < window.limit && (rows.length > 0 || window.offset === 0)) return { rows: page, offset: window.offset, totalCount: window.offset + rows.length };
  const [count] = await (counting ?? countAll());
  return { rows: page, offset: window.offset, totalCount: Number(count.total__) };
}

/**
 * A list of integers as PostgreSQL's array literal, `{1,2,3}`, bound as text and cast to integer[] by the
 * statement. node-pg would write an array parameter itself, quoting and escaping each element as a string:
 * for the indicators of a whole district at scale 1 (five lists, 24,700 ids the largest) that was about 8 ms
 * of the request's CPU, this a fraction of a millisecond. A list with anything but integers in it goes as
 * before, an array for node-pg to write.
 */
function integerArrayLiteral(ids: readonly number[]): string | number[] {
  for (const id of ids) if (!Number.isSafeInteger(id)) return [...ids];
  return `{${ids.join(',')}}`;
}

/**
 * `column` is one of `ids`, with the whole list bound as one parameter (a JSON array read by json_each on
 * SQLite, an integer[] on PostgreSQL), so that tens of thousands of ids stay one statement under the
 * drivers' parameter limits. `name` names the parameter.
 */
export function inIdList(manager: EntityManager, column: string, name: string, ids: readonly number[]): { sql: string; parameters: Record<string, unknown> } {
  if (manager.connection.driver.options.type === 'postgres') return { sql: `${column} = ANY(CAST(:${name} AS integer[]))`, parameters: { [name]: integerArrayLiteral(ids) } };
  return { sql: `${column} IN (SELECT value FROM json_each(:${name}))`, parameters: { [name]: JSON.stringify(ids) } };
}

/**
 * A list of ids bound as one parameter, as a SELECT of them to write `column IN (${set.select})` or
 * `EXCEPT ${set.select}` with: json_each on SQLite, unnest of an integer[] on PostgreSQL. Unlike
 * inIdList's `= ANY(array)`, which PostgreSQL plans by estimating each element in turn, this is a set
 * the planner sizes from its length: two lists of 30,000 ids in one statement cost 130 ms with `= ANY`,
 * 18 ms as sets.
 */
export function idSet(manager: EntityManager, name: string, ids: readonly number[]): { select: string; parameters: Record<string, unknown> } {
  if (manager.connection.driver.options.type === 'postgres') return { select: `SELECT unnest(CAST(:${name} AS integer[]))`, parameters: { [name]: integerArrayLiteral(ids) } };
  return { select: `SELECT value FROM json_each(:${name})`, parameters: { [name]: JSON.stringify(ids) } };
}

/**
 * The aggregate that packs every row of a SELECT into one string, for unpackValues: one flat JSON array of
 * every row's values in turn (each row's JSON array without its brackets, joined by commas), or null
 * when there is no row.
 */
export function packedValues(manager: EntityManager, columns: readonly string[]): string {
  // Each row as JSON without its brackets, the rows joined by commas: one flat JSON array.
  const row = manager.connection.driver.options.type === 'postgres' ? `CAST(json_build_array(${columns.join(', ')}) AS text)` : `json_array(${columns.join(', ')})`;
  const rows = `ltrim(rtrim(${row}, ']'), '[')`;
  return `'[' || ${manager.connection.driver.options.type === 'postgres' ? `string_agg(${rows}, ',')` : `group_concat(${rows}, ',')`} || ']'`;
}

/** A value packedValues packed: an integer, a text (a date as YYYY-MM-DD) or null. */
export type PackedValue = string | number | null;

/**
 * The values packedValues packed, in one flat array: row i's column j at i × width + j. One JSON.parse
 * and no array per row. Integers come back as numbers, which V8 keeps in the array without an object
 * each, and texts of up to 10 characters (a date) as the one string V8 keeps for each such text: the
 * chain of a whole district at scale 1 (24,700 rows of 8 values) costs 12–14 ms this way against 18–23 ms
 * as '|'-separated text split and converted (the way before), and a fraction of its garbage.
 */
export function unpackValues(packed: unknown, width: number): PackedValue[] {
  if (packed == null || packed === '') return [];
  const values = (typeof packed === 'string' ? JSON.parse(packed) : packed) as PackedValue[];
  invariant(values.length % width === 0, `packed rows of ${width} values hold ${values.length} values`);
  return values;
}

/**
 * Reads many small rows as one JSON text (packedValues), for reads of tens of thousands of rows of
 * integers and short texts (ids, codes, enum names, dates; not doubles, which SQLite's JSON writes with
 * 15 digits): node-sqlite3 builds an object per row, so 25,000 rows cost about 150 ms as rows and a
 * fraction as one text. `prefix` goes before SELECT (a WITH clause). The values come flat, as
 * unpackValues gives them.
 */
export async function queryPackedValues(manager: EntityManager, columns: readonly string[], rest: string, parameters: ObjectLiteral = {}, prefix = ''): Promise<PackedValue[]> {
  const [row] = await queryRows(manager, `${prefix} SELECT ${packedValues(manager, columns)} AS packed ${rest}`, parameters);
  return unpackValues(row?.packed, columns.length);
}
