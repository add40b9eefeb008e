import type { RequestHandler } from 'express';
import type { Database } from '../db/database.js';
import { describeDriverError } from '../db/statement-counter.js';
import type { Logger } from './logger.js';

/** A readiness probe that waits longer than this for the database answers 503 instead. */
const READINESS_TIMEOUT_MS = 2_000;

/** GET /healthz: the process is up and serving HTTP. It never touches the database. */
export function livenessCheck(): RequestHandler {
  return (_request, response) => {
    response.set('Cache-Control', 'no-store').json({ status: 'ok' });
  };
}

/**
 * GET /readyz: 200 when `SELECT 1` succeeds on every connection the server reads and writes through
 * (the writer and the reader on SQLite, the pool on PostgreSQL), 503 with a short reason otherwise.
 * The reason is fixed: the driver's message, which may name hosts, goes to the log only.
 */
export function readinessCheck(db: Database, logger: Logger): RequestHandler {
  const dataSources = [...new Set([db.writer, db.reader])];
  return async (_request, response) => {
    response.set('Cache-Control', 'no-store');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${READINESS_TIMEOUT_MS} ms`)), READINESS_TIMEOUT_MS);
    });
    try {
      await Promise.race([Promise.all(dataSources.map((dataSource) => dataSource.query('SELECT 1'))), timeout]);
      response.json({ status: 'ok' });
    } catch (error) {
      // The driver's code and message, no stack: during an outage every probe logs this line.
      logger.warn({ error: describeDriverError(error) }, 'not ready: the database did not answer SELECT 1');
      response.status(503).json({ status: 'unavailable', reason: 'database not answering' });
    } finally {
      clearTimeout(timer);
    }
  };
}
