import type { Response } from 'express';

/** What a refusal says about the limit that refused it. */
export interface LimitDetails {
  /** The environment variable that sets the limit (MAX_QUERY_DEPTH, RATE_LIMIT_PER_MINUTE, ...). */
  limit: string;
  /** The limit's value. */
  maximum: number;
}

export type RequestErrorExtensions = { code: string } & Partial<LimitDetails> & Record<string, unknown>;

/**
 * Answers a request that is refused before GraphQL runs (too large, malformed, too many, too late,
 * not allow-listed) in the shape of a GraphQL response, `{ "errors": [{ "message", "extensions": { "code", ... } }] }`,
 * so that clients read every refusal the same way. These answers are written whole here; they do not
 * pass through formatError, since they carry nothing to mask.
 */
export function sendRequestError(response: Response, status: number, message: string, extensions: RequestErrorExtensions): void {
  response.status(status).json({ errors: [{ message, extensions }] });
}
