import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

/** A port nobody listens on at the moment of asking. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ChildServer {
  child: ChildProcess;
  /** Resolves with the output so far once the server says it is ready; rejects if it exits first. */
  ready: Promise<string>;
  /** Resolves when the process has exited, however it ended, and all it printed has been read ('close'). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
  /** True until the process has exited. */
  running(): boolean;
  /** What it has printed so far, standard output and error together. */
  output(): string;
}

/**
 * Runs `npm start`'s entry point (`src/main.ts`) in a child process, as a user would, with `env` on top
 * of the test's environment. DATABASE_URL is cleared unless `env` sets it, so SQLite is the default.
 */
export function spawnServer(env: Record<string, string>): ChildServer {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...process.env, DATABASE_URL: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let alive = true;
  child.on('exit', () => (alive = false));
  // 'close', not 'exit': only then has all of its output been read (its last log lines may come after 'exit').
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, output })),
  );
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready at')) resolve(output);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(({ code, signal }) => reject(new Error(`exited with ${code ?? signal}: ${output}`)));
  });
  // A start that is expected to fail is awaited through `exited`; its `ready` must not count as unhandled.
  ready.catch(() => undefined);
  return { child, ready, exited, running: () => alive, output: () => output };
}
