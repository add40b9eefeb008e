/**
 * npm run bench: loads the generated district (scale 1 by default) into a temporary SQLite database,
 * starts the real server on it in a child process, and runs every example query of operations/ with
 * autocannon (10 connections, 10 s each), after timing five requests one at a time. Prints a table of requests/s, latency and SQL statements per
 * request; with --readme, writes it into README.md between the bench markers.
 *
 * Options: --scale N, --duration S, --connections N, --readme, --postgres (use TEST_DATABASE_URL's server),
 * --only NAME, --reuse (keep the loaded databases for the next run), --profile DIR (CPU profiles of ours).
 *
 * --compare: instead of operations/, the five queries of bench/compare/ on three sides: PostGraphile 5
 * (installed into bench/compare by npm ci if it is not there) on the PostgreSQL database loaded here,
 * ours on that same database, and ours on a SQLite file loaded with the same dataset; ours' answers
 * checked equal to PostGraphile's, one side at a time, who goes first rotating, --repeats N (3);
 * --sides picks the sides measured; --readme writes the tables between the compare markers.
 */
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Command, InvalidArgumentError, Option } from 'commander';
import { Kind, parse, OperationTypeNode } from 'graphql';
import pg from 'pg';
import sqlite3 from 'sqlite3';
import { comparisonTables, installPostGraphile, postGraphileVersion, runComparison, SERVERS, type ComparisonRow, spawnUntilReady, startPostGraphile, type Server, type Target } from './compare/compare.js';
import { Dataset, openBenchDatabase, reusedPostgresName, reusedSqlitePath, type BenchDatabase, type Counts, type DatabaseKind } from './databases.js';

function sides(value: string): Server[] {
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !SERVERS.includes(name as Server));
  if (unknown.length > 0 || names.length === 0) throw new InvalidArgumentError(`use any of ${SERVERS.join(', ')}, separated by commas`);
  return SERVERS.filter((server) => names.includes(server));
}

const options = new Command()
  .option('--scale <n>', 'district scale', Number, 1)
  .option('--duration <s>', 'seconds per query (with --compare: per run)', Number, 10)
  .option('--connections <n>', 'concurrent connections', Number, 10)
  .option('--readme', 'write the table into README.md')
  .option('--postgres', 'run on a database on the TEST_DATABASE_URL server instead of SQLite')
  .option('--only <operation>', 'run only this operation (by name; with --compare, a query of bench/compare/queries)')
  .option(
    '--reuse',
    `keep the loaded databases after the run and reuse them in the next one: they stay, as ${reusedSqlitePath(1)} and the PostgreSQL database ${reusedPostgresName(1)} on the TEST_DATABASE_URL server (for scale 1; the scale is in the names), and are loaded again only when the generated dataset or the migrations changed; remove them by hand when done`,
  )
  .option('--profile <dir>', "start our servers with node --cpu-prof --cpu-prof-dir DIR; stopped with SIGTERM, each writes its profile there (ours-postgres-*.cpuprofile, ours-sqlite-*.cpuprofile)")
  .option('--stall', 'only the stall measurement: a cheap lookup beside GovernanceIndicators, indicators in a worker thread and in the request thread')
  .option(
    '--heavy <list>',
    'with --stall: the heavy operations beside the lookup, by name, separated by commas (GET:/export/graph?... for a download); GovernanceIndicators by default',
    (value: string) => value.split(',').map((name) => name.trim()).filter(Boolean),
  )
  .option('--workers <list>', 'with --stall: the INDICATOR_WORKERS of the servers that alternate; 1,0 by default', (value: string) => value.split(',').map((name) => name.trim()).filter(Boolean))
  .option(
    '--servers <list>',
    "with --stall: instead of --workers, the servers' settings that alternate, separated by semicolons, each a space-separated list of NAME=VALUE (say 'INDICATOR_WORKER_NICE=0;INDICATOR_WORKER_NICE=10')",
    (value: string) => value.split(';').map((server) => server.trim()).filter(Boolean),
  )
  .option('--rounds <n>', 'with --stall: how many times the servers alternate', Number, 2)
  .option('--compare', 'compare with PostGraphile 5 on PostgreSQL: ours on the same PostgreSQL database and ours on SQLite with the same data')
  .addOption(
    new Option('--sides <list>', `with --compare: the sides measured, any of ${SERVERS.join(',')} (PostGraphile is started anyway: ours' answers are checked against its)`)
      .argParser(sides)
      .default([...SERVERS], SERVERS.join(',')),
  )
  .option('--repeats <n>', 'with --compare: measured runs of each side per query', Number, 3)
  .parse()
  .opts<{ scale: number; duration: number; connections: number; readme?: boolean; postgres?: boolean; only?: string; reuse?: boolean; profile?: string; stall?: boolean; heavy?: string[]; workers?: string[]; servers?: string[]; rounds: number; compare?: boolean; sides: Server[]; repeats: number }>();

if (options.readme && (options.only || options.profile || options.heavy || options.workers || options.servers || (options.compare && options.sides.length < SERVERS.length))) {
  console.error('--readme writes the whole table: not with --only, --profile or fewer --sides');
  process.exit(2);
}
if (options.profile) options.profile = path.resolve(options.profile);

const log = (message: string) => console.error(message);

/**
 * How long the bench's autocannon waits for an answer: past the server's own REQUEST_TIMEOUT_MS (the server is started
 * with this process's environment; 30 s by default), so that the server's answer, or its own timeout, is what counts.
 */
const REQUEST_TIMEOUT_SECONDS = Math.ceil(Number(process.env.REQUEST_TIMEOUT_MS || 30_000) / 1000) + 30;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function openDatabase(kind: DatabaseKind, dataset: Dataset): Promise<BenchDatabase> {
  const database = await openBenchDatabase(kind, dataset, { scale: options.scale, reuse: options.reuse ?? false });
  log(
    database.loadSeconds === null
      ? `reusing scale ${options.scale} in ${database.label} (${database.where}), loaded by an earlier run`
      : `loaded scale ${options.scale} (${describeCounts(database.counts)}) into ${database.label} (${database.where}) in ${database.loadSeconds.toFixed(1)} s`,
  );
  return database;
}

const describeCounts = (counts: Counts) =>
  `${counts.organizations.toLocaleString('en-US')} organizations, ${counts.people.toLocaleString('en-US')} people, ${counts.posts.toLocaleString('en-US')} posts, ${(counts.serviceCases ?? 0).toLocaleString('en-US')} service cases${counts.workers === undefined ? '' : `, ${counts.workers.toLocaleString('en-US')} community workers, ${counts.resources!.toLocaleString('en-US')} resources with ${counts.resourceUses!.toLocaleString('en-US')} uses, ${counts.activities!.toLocaleString('en-US')} activities`}`;

/** A server of ours and the database it serves. */
interface Ours {
  child: ChildProcess;
  database: BenchDatabase;
  url: string;
  headers: Record<string, string>;
}

/**
 * Our server as in production (NODE_ENV=production, a viewer's API key on every request, a rate limit
 * out of the way), with statement counting (DIAGNOSTICS) on, except for --compare; with --profile,
 * under node --cpu-prof.
 */
async function startOurs(database: BenchDatabase, diagnostics: boolean, env: Record<string, string> = {}): Promise<Ours> {
  const port = await freePort();
  const profile = options.profile ? ['--cpu-prof', '--cpu-prof-dir', options.profile] : [];
  const child = await spawnUntilReady(`our server on ${database.label}`, [...profile, '--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...database.env, PORT: String(port), HOST: '127.0.0.1', SEED_ON_START: 'false', DIAGNOSTICS: String(diagnostics), NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000', ...env },
  });
  return { child, database, url: `http://127.0.0.1:${port}/graphql`, headers: { 'content-type': 'application/json', authorization: `Bearer ${database.key}` } };
}

/** SIGTERM, as a process manager stops it: our server finishes, closes its database and exits, which writes a --cpu-prof profile. */
async function stop(child: ChildProcess, name: string): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    log(`${name} did not stop within 30 s of SIGTERM: killed`);
    child.kill('SIGKILL');
  }, 30_000);
  const code = await exited;
  clearTimeout(timer);
  if (code !== 0) log(`${name} exited with ${code ?? 'a signal'} after SIGTERM`);
}

/** Node names a profile CPU.<date>.<time>.<pid>.<thread>.<sequence>.cpuprofile; ours get the side's name (thread 0 is the server, the others tsx's module loader). */
function nameProfiles(pid: number, side: string): void {
  if (!options.profile) return;
  const pattern = new RegExp(`^CPU\\.(\\d+)\\.(\\d+)\\.${pid}\\.(\\d+)\\.\\d+\\.cpuprofile$`);
  for (const file of fs.readdirSync(options.profile)) {
    const match = pattern.exec(file);
    if (!match) continue;
    const name = `ours-${side}-${match[1]}-${match[2]}${match[3] === '0' ? '' : `.thread${match[3]}`}.cpuprofile`;
    fs.renameSync(path.join(options.profile, file), path.join(options.profile, name));
    if (match[3] === '0') log(`profile of ours on ${side}: ${path.join(options.profile, name)}`);
  }
}

async function stopOurs(ours: Ours): Promise<void> {
  await stop(ours.child, `our server on ${ours.database.label}`);
  nameProfiles(ours.child.pid!, ours.database.kind);
}

const machine = () =>
  `${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;

interface Row {
  operation: string;
  /** Median milliseconds of five requests sent one after another. */
  alone: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  statements: number;
  failures: number;
}

async function main(): Promise<void> {
  if (options.compare) return compare();
  const database = await openDatabase(options.postgres ? 'postgres' : 'sqlite', new Dataset(options.scale));
  if (options.stall) {
    try {
      const stall = await measureStall(database);
      console.log(stall);
      if (options.readme) writeReadme(database.kind === 'sqlite' ? 'stall' : 'stall-postgres', stall);
    } finally {
      await database.release();
    }
    return;
  }
  const rows: Row[] = [];
  try {
    const server = await startOurs(database, true);
    try {
      await runOperations(server, rows);
    } finally {
      await stopOurs(server);
    }
  } finally {
    await database.release();
  }
  const stall = options.only ? null : await measureStall(database);
  const loaded = database.loadSeconds === null ? 'loaded by an earlier run (--reuse)' : `loaded in ${database.loadSeconds.toFixed(1)} s`;
  const table = [
    `Measured ${machine()}, ${database.label}; scale ${options.scale} (${describeCounts(database.counts)}) ${loaded}; autocannon, ${options.connections} connections, ${options.duration} s per query, a viewer's API key, statement counting on.`,
    '',
    '| operation | one at a time (ms) | requests/s | p50 latency (ms) | p99 latency (ms) | SQL statements / request | failed requests |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.operation} | ${row.alone.toFixed(0)} | ${row.requestsPerSecond.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.statements} | ${row.failures} |`),
  ].join('\n');
  console.log(table);
  if (stall) console.log(`\n${stall}`);
  if (options.readme) {
    writeReadme(database.kind === 'sqlite' ? 'bench' : 'bench-postgres', table);
    if (stall) writeReadme(database.kind === 'sqlite' ? 'stall' : 'stall-postgres', stall);
  }
}

/** A heavy request the stall mode repeats beside the lookup: an operation of operations/ by name, or a GET of a download. */
interface Heavy {
  name: string;
  /** The operation's body to POST to /graphql, or null for a GET of `path`. */
  body: string | null;
  path: string | null;
}

function heavyRequest(name: string): Heavy {
  if (name.startsWith('GET:')) return { name: name.slice('GET:'.length), body: null, path: name.slice('GET:'.length) };
  for (const file of fs.readdirSync('operations').filter((file) => file.endsWith('.graphql'))) {
    const source = fs.readFileSync(path.join('operations', file), 'utf8');
    const operation = parse(source).definitions.find((definition) => definition.kind === 'OperationDefinition');
    if (operation?.kind !== 'OperationDefinition' || operation.name?.value !== name) continue;
    return { name, body: JSON.stringify({ query: source, operationName: name }), path: null };
  }
  throw new Error(`no operation named ${name} in operations/`);
}

/**
 * A cheap lookup (OrganizationByCode) beside a heavy panel: its latency alone, then while one client repeats
 * GovernanceIndicators for the whole district (or each of --heavy), on a server computing the indicators in a
 * worker thread (INDICATOR_WORKERS=1, the default) and on one computing them in the request thread (0), the
 * reference. One connection each, alternating the servers (--rounds, twice by default).
 */
async function measureStall(database: BenchDatabase): Promise<string> {
  const lookup = heavyRequest('OrganizationByCode').body!;
  const heavies = (options.heavy ?? ['GovernanceIndicators']).map(heavyRequest);
  const settings: { label: string; env: Record<string, string> }[] = options.servers
    ? options.servers.map((server) => ({ label: server, env: Object.fromEntries(server.split(/\s+/).map((pair) => pair.split('=', 2) as [string, string])) }))
    : (options.workers ?? ['1', '0']).map((workers) => ({ label: workers === '0' ? 'request thread (0)' : `worker thread (${workers})`, env: { INDICATOR_WORKERS: workers } }));
  const several = heavies.length > 1;
  const lines: string[] = [];
  for (let round = 1; round <= options.rounds; round += 1) {
    for (const setting of settings) {
      const server = await startOurs(database, false, setting.env);
      try {
        const send = (request: Heavy | string, seconds: number) => {
          const body = typeof request === 'string' ? request : request.body;
          const url = typeof request === 'string' || request.body !== null ? server.url : server.url.replace(/\/graphql$/, request.path!);
          return autocannon({ url, connections: 1, duration: seconds, method: body === null ? 'GET' : 'POST', headers: server.headers, ...(body === null ? {} : { body }) });
        };
        for (const heavy of heavies) {
          await send(heavy, 2); // warms the worker and the caches
          // Then one answered in full: autocannon leaves the request in flight at the end of its time (a worker
          // thread's first export, which builds its schema, takes seconds), and it would run into the idle measurement.
          await (await fetch(heavy.body === null ? server.url.replace(/\/graphql$/, heavy.path!) : server.url, { method: heavy.body === null ? 'GET' : 'POST', headers: server.headers, body: heavy.body ?? undefined })).arrayBuffer();
        }
        const idle = await send(lookup, options.duration);
        for (const heavy of heavies) {
          const [beside, load] = await Promise.all([send(lookup, options.duration), send(heavy, options.duration)]);
          const failed = load.errors + load.timeouts + load.non2xx;
          lines.push(
            `| ${several ? `${heavy.name} | ` : ''}${setting.label} | ${round} | ${idle.latency.p50} | ${idle.latency.p99} | ${beside.latency.p50} | ${beside.latency.p99} | ${(beside.latency.p99 / Math.max(idle.latency.p99, 1)).toFixed(1)}× | ${load.requests.total}${failed ? ` (${failed} failed)` : ''} | ${load.latency.p50} |`,
          );
          log(`stall, ${heavy.name}, ${setting.label}, round ${round}: lookup p99 ${idle.latency.p99} ms idle, ${beside.latency.p99} ms beside ${load.requests.total} (p50 ${load.latency.p50} ms, ${failed} failed); load ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
        }
      } finally {
        await stopOurs(server);
      }
    }
  }
  const names = heavies.map((heavy) => heavy.name).join(', ');
  return [
    `Measured ${machine()}, ${database.label}; OrganizationByCode, one connection, ${options.duration} s idle, then ${options.duration} s beside one connection repeating ${several ? `each of ${names}` : `${names}${names === 'GovernanceIndicators' ? ' (the whole district)' : ''}`}; the servers alternate.`,
    '',
    `| ${several ? 'heavy request | ' : ''}${options.servers ? 'server' : 'indicators computed in (INDICATOR_WORKERS)'} | round | lookup p50 idle (ms) | p99 idle | p50 beside | p99 beside | p99 beside ÷ idle | ${several ? 'heavy requests' : names} answered meanwhile | their p50 (ms) |`,
    `| ${several ? '--- | ' : ''}--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
    ...lines,
  ].join('\n');
}

/** The id of the loaded district's first community, by code. */
async function firstCommunity(url: string, headers: Record<string, string>): Promise<string> {
  const query = '{ organizations(filter: { kinds: [COMMUNITY_PARTY_COMMITTEE] }, orderBy: CODE_ASC, first: 1) { nodes { id } } }';
  const answer = (await (await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) })).json()) as { data?: { organizations: { nodes: { id: string }[] } } };
  const id = answer.data?.organizations.nodes[0]?.id;
  if (!id) throw new Error(`no community in the bench's district: ${JSON.stringify(answer)}`);
  return id;
}

async function runOperations({ url, headers }: Ours, rows: Row[]): Promise<void> {
  const files = fs.readdirSync('operations').filter((file) => file.endsWith('.graphql')).sort();
  for (const file of files) {
    const source = fs.readFileSync(path.join('operations', file), 'utf8');
    const operation = parse(source).definitions.find((definition) => definition.kind === 'OperationDefinition');
    if (!operation || operation.kind !== 'OperationDefinition' || operation.operation !== OperationTypeNode.QUERY) continue;
    if (options.only && operation.name?.value !== options.only) continue;
    // A panel whose required variables have no default names a community by id (one of the first-start sample, in
    // its .variables.json): here it gets the bench district's first community, in the order of codes.
    const needs = (operation.variableDefinitions ?? []).filter((variable) => variable.type.kind === Kind.NON_NULL_TYPE && !variable.defaultValue);
    const variables: Record<string, string> = {};
    for (const variable of needs) {
      if (variable.variable.name.value !== 'community') throw new Error(`${file}: the bench knows no value for $${variable.variable.name.value}`);
      variables.community = await firstCommunity(url, headers);
    }
    const body = JSON.stringify({ query: source, operationName: operation.name?.value, ...(needs.length && { variables }) });
    // Asked twice, its statements counted the second time: the first may read the API key again (the server keeps a
    // credential CREDENTIAL_CACHE_SECONDS from when it read it, 10 s by default), which would add one to whichever row
    // came 10 s after the last read.
    let result: { errors?: unknown[]; extensions?: { diagnostics?: { sqlStatements: number } } } = {};
    for (let probe = 0; probe < 2; probe += 1) {
      result = (await (await fetch(url, { method: 'POST', headers, body })).json()) as typeof result;
      if (result.errors) throw new Error(`${file} failed: ${JSON.stringify(result.errors)}`);
    }
    // One request at a time, as a dashboard loading one panel sees it: the median of five.
    const alone: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const sent = performance.now();
      await (await fetch(url, { method: 'POST', headers, body })).arrayBuffer();
      alone.push(performance.now() - sent);
    }
    alone.sort((a, b) => a - b);
    // autocannon gives up on a request after 10 s by default and counts it failed; a whole city's analytics (--scale 10)
    // answer in about that time with two connections queued in one worker, and are answers, not failures.
    const run = await autocannon({ url, connections: options.connections, duration: options.duration, method: 'POST', headers, body, timeout: REQUEST_TIMEOUT_SECONDS });
    const row = {
      operation: operation.name?.value ?? file,
      alone: alone[2]!,
      requestsPerSecond: run.requests.average,
      p50: run.latency.p50,
      p99: run.latency.p99,
      statements: result.extensions?.diagnostics?.sqlStatements ?? NaN,
      failures: run.errors + run.timeouts + run.non2xx,
    };
    rows.push(row);
    log(`${row.operation}: ${row.alone.toFixed(0)} ms alone, ${row.requestsPerSecond.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.statements} SQL statements`);
  }
}

function writeReadme(marker: string, table: string): void {
  const readme = fs.readFileSync('README.md', 'utf8');
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  if (!readme.includes(start) || !readme.includes(end)) throw new Error(`README.md has no ${marker} markers`);
  fs.writeFileSync('README.md', `${readme.slice(0, readme.indexOf(start) + start.length)}\n${table}\n${readme.slice(readme.indexOf(end))}`);
  log('README.md updated.');
}

/** --compare: PostGraphile and ours on PostgreSQL on the same database, ours on SQLite with the same data; the five queries of bench/compare/. */
async function compare(): Promise<void> {
  installPostGraphile();
  const measured = options.sides;
  const dataset = new Dataset(options.scale);
  const databases: BenchDatabase[] = [];
  const children: Array<() => Promise<void>> = [];
  let rows: ComparisonRow[] = [];
  let postgresVersion = '';
  try {
    // PostgreSQL always: PostGraphile answers the check of every side, measured or not.
    const postgres = await openDatabase('postgres', dataset);
    databases.push(postgres);
    const sqlite = measured.includes('sqlite') ? await openDatabase('sqlite', dataset) : null;
    if (sqlite) databases.push(sqlite);
    postgresVersion = await serverVersion(postgres.url!);

    const port = await freePort();
    const postgraphile = await startPostGraphile(postgres.url!, port);
    children.push(() => stop(postgraphile, 'PostGraphile'));
    const targets: Partial<Record<Server, Target>> & { postgraphile: Target } = {
      postgraphile: { url: `http://127.0.0.1:${port}/graphql`, headers: { 'content-type': 'application/json' }, pid: postgraphile.pid!, onPostgres: true },
    };
    for (const database of [measured.includes('postgres') ? postgres : null, sqlite]) {
      if (!database) continue;
      const ours = await startOurs(database, false);
      children.push(() => stopOurs(ours));
      targets[database.kind] = { url: ours.url, headers: ours.headers, pid: ours.child.pid!, onPostgres: database.kind === 'postgres' };
    }
    rows = await runComparison(targets, { databaseUrl: postgres.url!, measured, connections: options.connections, duration: options.duration, repeats: options.repeats, only: options.only });
  } finally {
    for (const stopChild of children.reverse()) await stopChild();
    for (const database of databases) await database.release();
  }
  const names: Record<Server, string> = { postgraphile: 'PostGraphile', postgres: 'ours on PostgreSQL', sqlite: 'ours on SQLite' };
  const header = [
    `Measured ${machine()}; scale ${options.scale} (${describeCounts(databases[0]!.counts)}), the same generated dataset loaded into PostgreSQL ${postgresVersion} (vacuumed and analyzed) and into a SQLite ${sqlite3.VERSION} file.`,
    `PostGraphile ${postGraphileVersion()} (amber preset, no authentication) on PostgreSQL; ours (NODE_ENV=production, a viewer's API key on every request, DIAGNOSTICS off) on the same PostgreSQL database, and on the SQLite file (WAL, in the server's process);`,
    `each side a single Node process, a pool of 10 on PostgreSQL. Autocannon, ${options.connections} connections, ${options.duration} s per run, ${options.repeats} run${options.repeats === 1 ? '' : 's'} of each side per query, one side at a time, who goes first rotating${measured.length < SERVERS.length ? ` (measured: ${measured.map((server) => names[server]).join(', ')})` : ''}; means over the runs.`,
    "Server CPU: the server process's user + system time over a run ÷ its requests; PostgreSQL CPU: the same for the database's backends; on SQLite the database works inside our process, so its CPU is in ours.",
  ].join(' ');
  const output = `${header}\n\n${comparisonTables(rows, measured)}`;
  console.log(output);
  if (options.readme) writeReadme('compare', output);
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0]!.server_version.split(' ')[0]!;
  } finally {
    await client.end();
  }
}

await main();
