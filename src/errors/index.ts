import { GraphQLError } from 'graphql';

/**
 * Every `extensions.code` a client can receive, as Apollo's ApolloServerErrorCode lists its own. Ours,
 * and those Apollo Server and graphql-js give to bad requests, pass formatError as they are; anything
 * else is masked as INTERNAL_SERVER_ERROR. Reviewed like a public API: clients switch on these.
 */
export enum ErrorCode {
  /** An argument or a record breaks a rule; `field` (and `record`) name it. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** A referenced entity does not exist, or is outside the caller's scope. */
  NOT_FOUND = 'NOT_FOUND',
  /** The write raced another one, or would break uniqueness; nothing was changed. */
  CONFLICT = 'CONFLICT',
  /** The credential's role or scope does not allow it. */
  FORBIDDEN = 'FORBIDDEN',
  /** No valid credential (HTTP 401). */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** The HTTP request itself is malformed (body, JSON, NUL characters). */
  BAD_REQUEST = 'BAD_REQUEST',
  /** The body is larger than MAX_BODY_BYTES (HTTP 413). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** More requests than RATE_LIMIT_PER_MINUTE (HTTP 429). */
  RATE_LIMITED = 'RATE_LIMITED',
  /** REQUEST_TIMEOUT_MS passed; the message says whether anything was changed. */
  TIMEOUT = 'TIMEOUT',
  /** PERSISTED_QUERIES is on and the document is not on the allow-list. */
  PERSISTED_QUERY_NOT_ALLOWED = 'PERSISTED_QUERY_NOT_ALLOWED',
  /** Apollo Server's: an automatic persisted query's hash is unknown, or APQ is not supported. */
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',
  /** graphql-js and Apollo Server's: the document does not parse, does not validate (or breaks a cost limit), or names no operation that exists. */
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  /**
   * The database is not answering (restarting, stopped, out of reach, or an SQLite lock held past its busy
   * timeout), or the server is stopping and took the request after it stopped accepting work: HTTP 503 with
   * Retry-After. The failed step changed nothing, unless `outcome` is `UNKNOWN`: the
   * connection was lost while a change was being committed, so read it back before making it again.
   */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** The database's storage is full (SQLite: the disk); the change was not made. Reads go on. HTTP 507. */
  STORAGE_FULL = 'STORAGE_FULL',
  /** The database cannot be written (SQLite: the file or its folder is read-only); the change was not made. Reads go on. HTTP 503. */
  STORAGE_READ_ONLY = 'STORAGE_READ_ONLY',
  /** A bug or an unforeseen failure; the detail is in the log under `extensions.requestId`. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** The codes of the error classes below: what a resolver or a service throws for the client. */
export type ClientErrorCode = ErrorCode.BAD_USER_INPUT | ErrorCode.NOT_FOUND | ErrorCode.CONFLICT | ErrorCode.FORBIDDEN;

abstract class ClientError extends GraphQLError {
  protected constructor(message: string, code: ClientErrorCode, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

/** The request's arguments break a rule; `field` names the offending argument or record when known. */
export class BadUserInputError extends ClientError {
  constructor(message: string, details: { field?: string; record?: string } = {}) {
    super(message, ErrorCode.BAD_USER_INPUT, details);
  }
}

/** A referenced entity does not exist (or is not visible). */
export class NotFoundError extends ClientError {
  constructor(message: string, details: { field?: string } = {}) {
    super(message, ErrorCode.NOT_FOUND, details);
  }
}

/** The write raced another one, or would break uniqueness: nothing was changed. */
export class ConflictError extends ClientError {
  constructor(message: string, details: { field?: string } = {}) {
    super(message, ErrorCode.CONFLICT, details);
  }
}

export class ForbiddenError extends ClientError {
  constructor(message: string) {
    super(message, ErrorCode.FORBIDDEN);
  }
}

export function isClientError(error: unknown): error is ClientError {
  return error instanceof ClientError;
}
