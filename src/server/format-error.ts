import { ErrorCode } from '../errors/index.js';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { QueryFailedError } from 'typeorm';
import { answerDatabaseFault } from '../db/faults.js';
import { requestOfError } from './request-observation.js';

/** Codes that reach the client as they are: every code of the catalogue but INTERNAL_SERVER_ERROR, which is ours to give. */
const CLIENT_CODES = new Set<string>(Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR));

function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as QueryFailedError & { driverError?: { code?: string } }).driverError;
  return driverError?.code === '23505' || /UNIQUE constraint failed/.test(error.message);
}

/**
 * The one place where errors are masked. Client errors pass; a unique-key race becomes CONFLICT; a
 * database outage SERVICE_UNAVAILABLE, a full or read-only SQLite file STORAGE_FULL or STORAGE_READ_ONLY
 * (database-faults.ts; the driver's message goes to the log line, without a stack); everything else is replaced by a generic INTERNAL_SERVER_ERROR, with no stack and no SQL but the
 * request id, and its detail (message and stack) goes to the request's log line under that id.
 * Each code sent is noted on the request, as its outcome in the log and the metrics. Apollo gives no
 * context here: the request is the one the error was attributed to (requestOfError).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const request = requestOfError(error);
  if (isUniqueViolation(original)) {
    request?.noteClientError(ErrorCode.CONFLICT);
    return { message: 'Another request wrote the same key at the same time; nothing was changed. Reload and try again.', path: formatted.path, extensions: { code: ErrorCode.CONFLICT } };
  }
  const fault = answerDatabaseFault(original);
  if (fault) {
    request?.noteDatabaseFault(fault.extensions.code, original);
    return { message: fault.message, path: formatted.path, extensions: fault.extensions };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    request?.noteClientError(code);
    return { ...formatted, extensions };
  }
  // Outside an observed request (executeOperation in a script, the graph export) there is no request log line to carry the detail.
  if (request) request.noteInternalError(original);
  else console.error('Unexpected error', original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(request && { requestId: request.id }) } };
}
