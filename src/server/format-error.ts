import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { QueryFailedError } from 'typeorm';
import { currentRequest } from './request-observation.js';

/** Codes that reach the client as they are: ours, and those Apollo Server and graphql-js give to bad requests. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // Cost limits (src/server/limits.ts): an operation refused by the allow-list or by the request's deadline.
  'PERSISTED_QUERY_NOT_ALLOWED',
  'TIMEOUT',
]);

function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as QueryFailedError & { driverError?: { code?: string } }).driverError;
  return driverError?.code === '23505' || /UNIQUE constraint failed/.test(error.message);
}

/**
 * The one place where errors are masked. Client errors pass; a unique-key race becomes CONFLICT;
 * everything else is replaced by a generic INTERNAL_SERVER_ERROR, with no stack and no SQL but the
 * request id, and its detail (message and stack) goes to the request's log line under that id.
 * Each code sent is noted on the request, as its outcome in the log and the metrics.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const request = currentRequest();
  if (isUniqueViolation(original)) {
    request?.noteClientError('CONFLICT');
    return { message: 'Another request wrote the same key at the same time; nothing was changed. Reload and try again.', path: formatted.path, extensions: { code: 'CONFLICT' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    request?.noteClientError(code);
    return { ...formatted, extensions };
  }
  // Outside an HTTP request (executeOperation in a script) there is no request log line to carry the detail.
  if (request) request.noteInternalError(original);
  else console.error('Unexpected error', original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', ...(request && { requestId: request.id }) } };
}
