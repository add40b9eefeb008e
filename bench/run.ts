/**
 * npm run bench: loads the generated district (scale 1 by default) into a temporary SQLite database,
 * starts the real server on it in a child process, and runs every example query of operations/ with
 * autocannon (10 connections, 10 s each), after timing five requests one at a time. Prints a table of requests/s, latency and SQL statements per
 * request; with --readme, writes it into README.md between the bench markers.
 *
 * Options: --scale N, --duration S, --connections N, --readme, --postgres (use TEST_DATABASE_URL's server).
 *
 * --compare (implies --postgres): instead of operations/, the five queries of bench/compare/ on our server
 * and on PostGraphile 5 (installed into bench/compare by npm ci if it is not there), both on the database
 * loaded here, answers checked equal, alternating runs, --repeats N (3); --readme writes that table
 * between the compare markers.
 */
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Command } from 'commander';
import { parse, OperationTypeNode } from 'graphql';
import { comparisonTable, installPostGraphile, postGraphileVersion, runComparison, spawnUntilReady, startPostGraphile } from './compare/compare.js';
import pg from 'pg';
import { generateDistrict } from '../seeds/generate.js';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.js';
import { Database } from '../src/db/database.js';
import { importDataset } from '../src/modules/import/import-dataset.js';

const options = new Command()
  .option('--scale <n>', 'district scale', Number, 1)
  .option('--duration <s>', 'seconds per query', Number, 10)
  .option('--connections <n>', 'concurrent connections', Number, 10)
  .option('--readme', 'write the table into README.md')
  .option('--postgres', 'run on a fresh database on the TEST_DATABASE_URL server')
  .option('--only <operation>', 'run only this operation (by name; with --compare, a query of bench/compare/queries)')
  .option('--compare', 'compare with PostGraphile 5 on the same PostgreSQL database (implies --postgres)')
  .option('--repeats <n>', 'with --compare: measured runs of each server per query', Number, 3)
  .parse()
  .opts<{ scale: number; duration: number; connections: number; readme?: boolean; postgres?: boolean; only?: string; compare?: boolean; repeats: number }>();
if (options.compare) options.postgres = true;

const log = (message: string) => console.error(message);

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

async function prepareDatabase(): Promise<{ env: Record<string, string>; label: string; cleanup: () => Promise<void> }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gg-bench-'));
  if (!options.postgres) {
    const sqlitePath = path.join(folder, 'bench.sqlite');
    return { env: { SQLITE_PATH: sqlitePath }, label: 'SQLite', cleanup: async () => fs.rmSync(folder, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `gg_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    label: 'PostgreSQL',
    cleanup: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Our server as in production; with statement counting (DIAGNOSTICS) on, except for --compare. */
function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  return spawnUntilReady('server', ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', SEED_ON_START: 'false', DIAGNOSTICS: options.compare ? 'false' : 'true', NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000' },
  });
}

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
  if (options.compare) installPostGraphile();
  const database = await prepareDatabase();
  const started = Date.now();
  const dataset = generateDistrict({ scale: options.scale });
  const db = await Database.open({ databaseUrl: database.env.DATABASE_URL ?? null, sqlitePath: database.env.SQLITE_PATH ?? '', migrate: true });
  const summary = await importDataset(db, dataset, { actor: { principal: 'cli:bench', operation: 'seed' } });
  // The server runs as in production: every request carries a credential.
  const { key } = await new ApiKeyService(db.as({ principal: 'cli:bench', operation: 'createKey' })).create({ role: 'viewer', label: 'benchmark' });
  await db.close();
  if (database.env.DATABASE_URL) {
    // Statistics for the planner, as a live database has them (autovacuum would get there later, during
    // the runs): without them PostgreSQL plans the joins of a fresh bulk load blind (PostGraphile's
    // community tree: 125 ms a request before, 30 ms after).
    const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
    await client.connect();
    await client.query('ANALYZE');
    await client.end();
  }
  const loadSeconds = (Date.now() - started) / 1000;
  log(`loaded scale ${options.scale} (${summary.organizations.created} organizations, ${summary.people.created} people, ${summary.posts.created} posts) into ${database.label} in ${loadSeconds.toFixed(1)} s`);

  const port = await freePort();
  const server = await startServer(database.env, port);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` };
  const url = `http://127.0.0.1:${port}/graphql`;
  if (options.compare) {
    await compare({ database, summary, loadSeconds, server, url, headers });
    return;
  }
  const rows: Row[] = [];
  try {
    const files = fs.readdirSync('operations').filter((file) => file.endsWith('.graphql')).sort();
    for (const file of files) {
      const source = fs.readFileSync(path.join('operations', file), 'utf8');
      const operation = parse(source).definitions.find((definition) => definition.kind === 'OperationDefinition');
      if (!operation || operation.kind !== 'OperationDefinition' || operation.operation !== OperationTypeNode.QUERY) continue;
      if (options.only && operation.name?.value !== options.only) continue;
      const body = JSON.stringify({ query: source, operationName: operation.name?.value });
      const probe = await fetch(url, { method: 'POST', headers, body });
      const result = (await probe.json()) as { errors?: unknown[]; extensions?: { diagnostics?: { sqlStatements: number } } };
      if (result.errors) throw new Error(`${file} failed: ${JSON.stringify(result.errors)}`);
      // One request at a time, as a dashboard loading one panel sees it: the median of five.
      const alone: number[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const sent = performance.now();
        await (await fetch(url, { method: 'POST', headers, body })).arrayBuffer();
        alone.push(performance.now() - sent);
      }
      alone.sort((a, b) => a - b);
      const run = await autocannon({ url, connections: options.connections, duration: options.duration, method: 'POST', headers, body });
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
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await database.cleanup();
  }

  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${database.label}; scale ${options.scale} (${summary.organizations.created.toLocaleString('en-US')} organizations, ${summary.people.created.toLocaleString('en-US')} people, ${summary.posts.created.toLocaleString('en-US')} posts) loaded in ${loadSeconds.toFixed(1)} s; autocannon, ${options.connections} connections, ${options.duration} s per query, a viewer's API key, statement counting on.`,
    '',
    '| operation | one at a time (ms) | requests/s | p50 latency (ms) | p99 latency (ms) | SQL statements / request | failed requests |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.operation} | ${row.alone.toFixed(0)} | ${row.requestsPerSecond.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.statements} | ${row.failures} |`),
  ].join('\n');
  console.log(table);
  if (options.readme) writeReadme(database.label === 'SQLite' ? 'bench' : 'bench-postgres', table);
}

function writeReadme(marker: string, table: string): void {
  const readme = fs.readFileSync('README.md', 'utf8');
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  if (!readme.includes(start) || !readme.includes(end)) throw new Error(`README.md has no ${marker} markers`);
  fs.writeFileSync('README.md', `${readme.slice(0, readme.indexOf(start) + start.length)}\n${table}\n${readme.slice(readme.indexOf(end))}`);
  log('README.md updated.');
}

/** --compare: PostGraphile on the same database beside our server, the five queries of bench/compare/. */
async function compare(context: {
  database: Awaited<ReturnType<typeof prepareDatabase>>;
  summary: Awaited<ReturnType<typeof importDataset>>;
  loadSeconds: number;
  server: ChildProcess;
  url: string;
  headers: Record<string, string>;
}): Promise<void> {
  const { database, summary, server } = context;
  let postgraphile: ChildProcess | undefined;
  let rows;
  try {
    const port = await freePort();
    postgraphile = await startPostGraphile(database.env.DATABASE_URL!, port);
    rows = await runComparison(
      {
        ours: { url: context.url, headers: context.headers, pid: server.pid! },
        postgraphile: { url: `http://127.0.0.1:${port}/graphql`, headers: { 'content-type': 'application/json' }, pid: postgraphile.pid! },
      },
      { databaseUrl: database.env.DATABASE_URL!, connections: options.connections, duration: options.duration, repeats: options.repeats, only: options.only },
    );
  } finally {
    for (const child of [postgraphile, server]) {
      if (!child || child.exitCode !== null) continue;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    await database.cleanup();
  }
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL; scale ${options.scale} (${summary.organizations.created.toLocaleString('en-US')} organizations, ${summary.people.created.toLocaleString('en-US')} people, ${summary.posts.created.toLocaleString('en-US')} posts); PostGraphile ${postGraphileVersion()} (amber preset, no authentication) and ours (a viewer's API key, DIAGNOSTICS off as in production), each a single Node process with a pool of 10 on the same database; autocannon, ${options.connections} connections, ${options.duration} s per run, ${options.repeats} run${options.repeats === 1 ? '' : 's'} of each per query, alternating; means over the runs. Server CPU: the server process's user + system time over a run ÷ its requests; PostgreSQL CPU: the same for the database's backends.`,
    '',
    comparisonTable(rows),
  ].join('\n');
  console.log(table);
  if (options.readme) writeReadme('compare', table);
}

await main();
