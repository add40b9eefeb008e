/**
 * npm run bench -- --compare: PostGraphile 5 (amber preset, bench/compare/server.mjs) on the PostgreSQL
 * database the bench loaded, beside our server on the same database; for each of the five queries of
 * queries.ts, the answers are checked equal, then autocannon measures both, alternating, several
 * repeats, reading each server process's CPU time from /proc before and after every run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { comparedQueries, firstDifference, type ComparedQuery, type Side } from './queries.js';

const folder = path.dirname(fileURLToPath(import.meta.url));
const log = (message: string) => console.error(message);

/** npm ci in bench/compare when PostGraphile is not installed there yet (a clean clone). */
export function installPostGraphile(): void {
  if (fs.existsSync(path.join(folder, 'node_modules', 'postgraphile', 'package.json'))) return;
  log('installing PostGraphile into bench/compare (npm ci)...');
  const result = spawnSync('npm', ['ci', '--prefix', folder, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ci --prefix bench/compare failed with ${result.status}`);
}

export function postGraphileVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(folder, 'node_modules', 'postgraphile', 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Starts a server as a child process and resolves once it prints its "ready at" line (ours and
 * PostGraphile's server.mjs both do); rejects if it exits first.
 */
export async function spawnUntilReady(name: string, args: string[], options: { cwd?: string; env: NodeJS.ProcessEnv }): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready at')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
  });
  return child;
}

export function startPostGraphile(databaseUrl: string, port: number): Promise<ChildProcess> {
  return spawnUntilReady('PostGraphile', [path.join(folder, 'server.mjs')], {
    cwd: folder,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
  });
}

const CLOCK_TICKS = (() => {
  const result = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  return Number(result.stdout?.trim()) || 100;
})();

/** User + system CPU milliseconds of a process so far (every thread), from /proc/<pid>/stat. */
function cpuMilliseconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which is in parentheses and may hold spaces); utime and stime are the 14th and 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/**
 * The CPU time of the PostgreSQL backends serving the bench's database, when the server runs on this
 * machine (its processes readable in /proc): only one of the two servers is loaded during a run, so
 * their growth over a run is that server's statements' cost. A backend that ends during a run loses
 * its share (the pools keep theirs open under load). NaN when they cannot be read.
 */
export class DatabaseCpu {
  private constructor(private readonly client: pg.Client) {}

  static async connect(databaseUrl: string): Promise<DatabaseCpu> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    return new DatabaseCpu(client);
  }

  async read(): Promise<Map<number, number>> {
    const { rows } = await this.client.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()",
    );
    const times = new Map<number, number>();
    for (const { pid } of rows) {
      try {
        times.set(pid, cpuMilliseconds(pid));
      } catch {
        // Not on this machine, or ended meanwhile.
      }
    }
    return times;
  }

  static spent(before: Map<number, number>, after: Map<number, number>): number {
    if (after.size === 0) return NaN;
    let total = 0;
    for (const [pid, time] of after) total += time - (before.get(pid) ?? 0);
    return total;
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

export interface Target {
  url: string;
  headers: Record<string, string>;
  pid: number;
}

interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  cpuPerRequest: number;
  databaseCpuPerRequest: number;
  failures: number;
}

export interface ComparisonRow {
  query: ComparedQuery;
  bytes: Record<Side, number>;
  runs: Record<Side, Measurement[]>;
}

async function post(target: Target, body: string): Promise<{ text: string; data: unknown }> {
  const response = await fetch(target.url, { method: 'POST', headers: target.headers, body });
  const text = await response.text();
  const result = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || result.errors) throw new Error(`HTTP ${response.status}: ${text.slice(0, 500)}`);
  return { text, data: result.data };
}

async function measure(target: Target, body: string, connections: number, duration: number, database: DatabaseCpu): Promise<Measurement> {
  const databaseBefore = await database.read();
  const before = cpuMilliseconds(target.pid);
  const run = await autocannon({ url: target.url, connections, duration, method: 'POST', headers: target.headers, body });
  const cpu = cpuMilliseconds(target.pid) - before;
  const databaseCpu = DatabaseCpu.spent(databaseBefore, await database.read());
  return {
    requestsPerSecond: run.requests.average,
    p50: run.latency.p50,
    p99: run.latency.p99,
    cpuPerRequest: run.requests.total > 0 ? cpu / run.requests.total : NaN,
    databaseCpuPerRequest: run.requests.total > 0 ? databaseCpu / run.requests.total : NaN,
    failures: run.errors + run.timeouts + run.non2xx,
  };
}

export async function runComparison(
  targets: Record<Side, Target>,
  options: { databaseUrl: string; connections: number; duration: number; repeats: number; only?: string },
): Promise<ComparisonRow[]> {
  const database = await DatabaseCpu.connect(options.databaseUrl);
  try {
    return await compareEach(targets, options, database);
  } finally {
    await database.close();
  }
}

async function compareEach(targets: Record<Side, Target>, options: { connections: number; duration: number; repeats: number; only?: string }, database: DatabaseCpu): Promise<ComparisonRow[]> {
  const rows: ComparisonRow[] = [];
  for (const query of comparedQueries) {
    if (options.only && query.name !== options.only) continue;
    const bodies: Record<Side, string> = {
      ours: JSON.stringify({ query: query.ours }),
      postgraphile: JSON.stringify({ query: query.postgraphile }),
    };
    const answers = { ours: await post(targets.ours, bodies.ours), postgraphile: await post(targets.postgraphile, bodies.postgraphile) };
    const difference = firstDifference(query.canonical('ours', answers.ours.data), query.canonical('postgraphile', answers.postgraphile.data));
    if (difference) throw new Error(`${query.name}: the answers differ at ${difference}`);
    log(`${query.name}: answers equal (ours ${(answers.ours.text.length / 1024).toFixed(0)} KB, PostGraphile ${(answers.postgraphile.text.length / 1024).toFixed(0)} KB)`);
    const row: ComparisonRow = { query, bytes: { ours: answers.ours.text.length, postgraphile: answers.postgraphile.text.length }, runs: { ours: [], postgraphile: [] } };
    // A short warm-up of each (not counted): both JITs have seen the query before the first measured run.
    for (const side of ['postgraphile', 'ours'] as const) await measure(targets[side], bodies[side], options.connections, Math.min(2, options.duration), database);
    for (let repeat = 0; repeat < options.repeats; repeat += 1) {
      // Alternating, and who goes first alternates too, so that a drift of the machine falls on both.
      const order: Side[] = repeat % 2 === 0 ? ['postgraphile', 'ours'] : ['ours', 'postgraphile'];
      for (const side of order) {
        const result = await measure(targets[side], bodies[side], options.connections, options.duration, database);
        row.runs[side].push(result);
        log(`  ${query.name} #${repeat + 1} ${side}: ${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.cpuPerRequest.toFixed(1)} ms CPU/request (PostgreSQL ${result.databaseCpuPerRequest.toFixed(1)})${result.failures ? `, ${result.failures} failed` : ''}`);
      }
    }
    rows.push(row);
  }
  return rows;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function summary(runs: Measurement[]) {
  return {
    requestsPerSecond: mean(runs.map((run) => run.requestsPerSecond)),
    p50: mean(runs.map((run) => run.p50)),
    p99: mean(runs.map((run) => run.p99)),
    cpuPerRequest: mean(runs.map((run) => run.cpuPerRequest)),
    databaseCpuPerRequest: mean(runs.map((run) => run.databaseCpuPerRequest)),
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
  };
}

const milliseconds = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');
const number = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** The markdown table: means over the repeats. */
export function comparisonTable(rows: ComparisonRow[]): string {
  const lines = [
    '| query | PostGraphile req/s | ours req/s | ours ÷ PostGraphile | p50 ms (PostGraphile / ours) | p99 ms (PostGraphile / ours) | server CPU ms per request (PostGraphile / ours) | PostgreSQL CPU ms per request (PostGraphile / ours) | response KB (PostGraphile / ours) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const theirs = summary(row.runs.postgraphile);
    const ours = summary(row.runs.ours);
    const failed = theirs.failures + ours.failures;
    lines.push(
      `| ${row.query.label}${failed ? ` (${failed} failed requests)` : ''} | ${number(theirs.requestsPerSecond)} | ${number(ours.requestsPerSecond)} | ${(ours.requestsPerSecond / theirs.requestsPerSecond).toFixed(2)}× | ${number(theirs.p50)} / ${number(ours.p50)} | ${number(theirs.p99)} / ${number(ours.p99)} | ${theirs.cpuPerRequest.toFixed(1)} / ${ours.cpuPerRequest.toFixed(1)} | ${milliseconds(theirs.databaseCpuPerRequest)} / ${milliseconds(ours.databaseCpuPerRequest)} | ${(row.bytes.postgraphile / 1024).toFixed(0)} / ${(row.bytes.ours / 1024).toFixed(0)} |`,
    );
  }
  return lines.join('\n');
}
