import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';

export type { DestinationStream, Logger } from 'pino';

/**
 * Paths pino replaces by "[redacted]" wherever they appear in a log line. Nothing here logs headers,
 * variables or credentials on purpose; this is the guard for the day something does by mistake.
 */
const REDACTED_PATHS = [
  'authorization',
  'cookie',
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
  'variables',
  '*.variables',
  'password',
  '*.password',
  'token',
  '*.token',
  'credential',
  '*.credential',
];

/**
 * The process's structured logger: one JSON object per line, at `config.logLevel`. Tests pass a
 * `destination` to read what was written; otherwise it writes to standard output.
 */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  const options = {
    level: config.logLevel,
    base: { pid: process.pid },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * What a log line says about an error: its type, message and stack, never its other properties.
 * pino's default serializer copies every own property, and a TypeORM QueryFailedError carries the
 * statement's parameters (names, phone numbers) in its own.
 */
export function describeError(error: unknown): { type: string; message: string; stack?: string } {
  if (error instanceof Error) return { type: error.name, message: error.message, stack: error.stack };
  return { type: typeof error, message: String(error) };
}
