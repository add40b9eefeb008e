import { ErrorCode } from '../errors/index.js';
import express, { type NextFunction, type Request, type Response } from 'express';
import { sendRequestError } from './request-error.js';

/** Reads a JSON body (one operation, or a batch: an array of them) of at most `maxBodyBytes`. */
export function parseJsonBody(maxBodyBytes: number) {
  return express.json({ limit: maxBodyBytes });
}

/**
 * Express middleware: refuses (400) a batch longer than `maxBatchSize` before any of its operations is
 * parsed or run. Apollo Server itself refuses an empty batch.
 */
export function refuseLongBatches(maxBatchSize: number) {
  return (request: Request, response: Response, next: NextFunction) => {
    if (Array.isArray(request.body) && request.body.length > maxBatchSize) {
      sendRequestError(response, 400, `Batch size limit of ${maxBatchSize} operations exceeded, found ${request.body.length}; nothing was run. The limit is set by MAX_BATCH_SIZE.`, {
        code: ErrorCode.BAD_REQUEST,
        limit: 'MAX_BATCH_SIZE',
        maximum: maxBatchSize,
      });
      return;
    }
    next();
  };
}

/** Whether a parsed JSON value holds a NUL character in any string (or, in a query, a \u0000 escape). */
function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000') || /\\u0000/i.test(value);
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === 'object') return Object.values(value).some(holdsNul);
  return false;
}

/**
 * Express middleware: refuses (400) a body with a NUL character in any string. PostgreSQL cannot store
 * one in text and SQLite would store it silently; no code, name or filter needs it.
 */
export function refuseNulCharacters() {
  return (request: Request, response: Response, next: NextFunction) => {
    if (holdsNul(request.body)) {
      sendRequestError(response, 400, 'Strings may not contain the NUL character (U+0000).', { code: ErrorCode.BAD_REQUEST });
      return;
    }
    next();
  };
}

/** The errors body-parser raises (http-errors): a `type` such as 'entity.too.large' and a 4xx status. */
interface BodyParserError extends Error {
  type: string;
  status: number;
  expose?: boolean;
  length?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return error instanceof Error && typeof (error as BodyParserError).type === 'string' && typeof (error as BodyParserError).status === 'number';
}

/**
 * Express error handler, last on the GraphQL route. Express would answer a body it could not read with an
 * HTML page; this answers in JSON: 413 PAYLOAD_TOO_LARGE over the size limit, 400 BAD_REQUEST for malformed
 * JSON, the parser's own 4xx for the rest (unsupported charset or encoding, aborted upload). An error that
 * arrives after the request was already answered (Apollo finishing after the 503 of a timeout) is dropped.
 * Anything else goes on to Express's handlers.
 */
export function answerRequestErrorsAsJson(maxBodyBytes: number) {
  return (error: unknown, _request: Request, response: Response, next: NextFunction) => {
    if (response.headersSent) {
      if (response.writableEnded) return;
      next(error);
      return;
    }
    if (!isBodyParserError(error)) {
      next(error);
      return;
    }
    if (error.type === 'entity.too.large') {
      const found = typeof error.length === 'number' && Number.isFinite(error.length) ? `, found ${error.length}` : '';
      sendRequestError(response, 413, `Request body size limit of ${maxBodyBytes} bytes exceeded${found}. The limit is set by MAX_BODY_BYTES.`, {
        code: ErrorCode.PAYLOAD_TOO_LARGE,
        limit: 'MAX_BODY_BYTES',
        maximum: maxBodyBytes,
      });
      return;
    }
    if (error.type === 'entity.parse.failed') {
      sendRequestError(response, 400, `The request body is not valid JSON: ${error.message}`, { code: ErrorCode.BAD_REQUEST });
      return;
    }
    if (error.status >= 400 && error.status < 500 && error.expose !== false) {
      sendRequestError(response, error.status, `The request body could not be read: ${error.message}`, { code: ErrorCode.BAD_REQUEST });
      return;
    }
    next(error);
  };
}
