import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './child-server.js';

const execFileAsync = promisify(execFile);

/** The newest PostgreSQL server binaries installed (Debian's layout: /usr/lib/postgresql/<major>/bin). */
function postgresBinaries(): string {
  const root = '/usr/lib/postgresql';
  const majors = fs.existsSync(root) ? fs.readdirSync(root).filter((name) => fs.existsSync(path.join(root, name, 'bin', 'initdb'))) : [];
  if (majors.length === 0) throw new Error(`No PostgreSQL server binaries under ${root} (initdb, pg_ctl): the fault test needs a cluster of its own.`);
  return path.join(root, majors.sort((a, b) => Number(b) - Number(a))[0]!, 'bin');
}

/**
 * A PostgreSQL cluster of a test's own, in a temporary folder, on a free port of 127.0.0.1, that the test
 * may stop and start (the shared cluster on 5432 serves the other tests and must never be stopped).
 * PostgreSQL refuses to run as root: its commands run as the `postgres` user (runuser) when this process
 * is root. Authentication is `trust`, over 127.0.0.1 only. `destroy` stops it and removes the folder,
 * whatever state it is in.
 */
export interface PrivatePostgres {
  /** postgres://postgres@127.0.0.1:<port>/<database> */
  url: string;
  port: number;
  /** Stops the server (`pg_ctl stop -m fast`: sessions are ended at once, as a restart does). */
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

export async function createPrivatePostgres(database = 'faults'): Promise<PrivatePostgres> {
  const bin = postgresBinaries();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gg-pg-'));
  const dataDir = path.join(folder, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await execFileAsync('chown', ['postgres:postgres', folder]);
  const run = (command: string, args: string[]) => (asRoot ? execFileAsync('runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args]) : execFileAsync(path.join(bin, command), args));
  const port = await freePort();
  const pgCtl = (action: string, ...args: string[]) => run('pg_ctl', [action, '-D', dataDir, '-w', '-t', '30', ...args]);
  const destroy = async () => {
    await pgCtl('stop', '-m', 'immediate').catch(() => undefined);
    fs.rmSync(folder, { recursive: true, force: true });
  };
  try {
    await run('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    // Its socket in the folder, TCP on 127.0.0.1 only, small: a test's load needs a few connections.
    const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c max_connections=40 -c shared_buffers=16MB -c fsync=off`;
    const start = () => pgCtl('start', '-l', path.join(folder, 'server.log'), '-o', options).then(() => undefined);
    await start();
    await run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', database]);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/${database}`,
      port,
      stop: () => pgCtl('stop', '-m', 'fast').then(() => undefined),
      start,
      destroy,
    };
  } catch (error) {
    await destroy();
    throw error;
  }
}
