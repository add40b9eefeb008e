import { GraphQLError } from 'graphql';

/**
 * The client-facing error catalogue. Every error a client can act on is one of these, with a fixed
 * `extensions.code`; anything else is a bug and is masked by the server's formatError.
 */
export type ClientErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN';

abstract class ClientError extends GraphQLError {
  protected constructor(message: string, code: ClientErrorCode, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

/** The request's arguments break a rule; `field` names the offending argument or record when known. */
export class BadUserInputError extends ClientError {
  constructor(message: string, details: { field?: string; record?: string } = {}) {
    super(message, 'BAD_USER_INPUT', details);
  }
}

/** A referenced entity does not exist (or is not visible). */
export class NotFoundError extends ClientError {
  constructor(message: string, details: { field?: string } = {}) {
    super(message, 'NOT_FOUND', details);
  }
}

/** The write raced another one, or would break uniqueness: nothing was changed. */
export class ConflictError extends ClientError {
  constructor(message: string, details: { field?: string } = {}) {
    super(message, 'CONFLICT', details);
  }
}

export class ForbiddenError extends ClientError {
  constructor(message: string) {
    super(message, 'FORBIDDEN');
  }
}

export function isClientError(error: unknown): error is ClientError {
  return error instanceof ClientError;
}
