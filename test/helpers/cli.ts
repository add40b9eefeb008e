import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * Runs one of the CLIs (`src/cli/<name>.ts`, what `npm run keys` or `npm run import` start) in a child
 * process as `node --import tsx`: one Node process, where `npx tsx` starts three (npm, the tsx CLI and
 * the Node it spawns). Resolves with its output; rejects, with `code`, `stdout` and `stderr` on the
 * error, when it exits with another code than 0.
 */
export function runCli(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  return execFileAsync(process.execPath, ['--import', 'tsx', script, ...args], { env });
}
