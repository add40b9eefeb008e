import path from 'node:path';
import { bool, cleanEnv, makeValidator, port, str, EnvError, EnvMissingError } from 'envalid';

const positiveInteger = makeValidator<number>((value) => {
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < 1) throw new EnvError('must be a whole number of at least 1');
  return parsed;
});

/** A whole number from 0 to `max` (`unit` names what it counts in the message, as ' of seconds'). */
const wholeNumberUpTo = (max: number, unit = '') =>
  makeValidator<number>((value) => {
    const parsed = Number(value);
    if (!/^\d+$/.test(value) || parsed > max) throw new EnvError(`must be a whole number${unit} from 0 to ${max}`);
    return parsed;
  });

const redisUrl = makeValidator<string>((value) => {
  if (!/^rediss?:\/\//.test(value)) throw new EnvError('must be a redis:// or rediss:// URL');
  return value;
});

const databaseUrl = makeValidator<string>((value) => {
  if (!/^postgres(ql)?:\/\//.test(value)) throw new EnvError('must be a postgres:// or postgresql:// URL');
  return value;
});

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; when empty, the embedded SQLite file is used. */
  databaseUrl: string | null;
  sqlitePath: string;
  /** Redis, for the state replicas share (rate limits, persisted queries, subscriptions); each process keeps its own when null. */
  redisUrl: string | null;
  /** Prepended to every Redis key and channel, so that deployments can share one Redis. */
  redisKeyPrefix: string;
  /** Worker threads for governanceIndicators and indicatorTrend; 0 computes them in the request thread. */
  indicatorWorkers: number;
  /** The nice value of the indicator worker threads (INDICATOR_WORKER_NICE): Linux schedules each thread by its own. */
  indicatorWorkerNice: number;
  /** Start the worker threads with the server and keep them, each with the graph export's schema built (INDICATOR_WORKERS_WARM). */
  indicatorWorkersWarm: boolean;
  /** How long a valid API key (and a scope's organization) is kept without being read again; 0: read on every request. */
  credentialCacheSeconds: number;
  /** Adds extensions.diagnostics (SQL statement count) to every response. */
  diagnostics: boolean;
  /** How long a stop (SIGTERM) lets requests in flight finish before it cuts them (SHUTDOWN_GRACE_SECONDS). */
  shutdownGraceMs: number;
  /** Loads the small sample district into an empty database on start. */
  seedOnStart: boolean;
  nodeEnv: string;
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
  limits: {
    /** Deepest selection nesting a query may have. */
    maxDepth: number;
    /** Largest estimated cost (fields, multiplied by `first` down list nesting) a query may have. */
    maxComplexity: number;
    maxAliases: number;
    /** Longest array of operations in one batched HTTP request. */
    maxBatchSize: number;
    /** Largest request body, in bytes; larger ones are answered 413. */
    maxBodyBytes: number;
    /** Longest a request may run, in milliseconds. */
    requestTimeoutMs: number;
    /** Requests per minute for one credential (or one address, without credentials). */
    rateLimitPerMinute: number;
  };
  /** 'auto': automatic persisted queries for anyone; 'only': only the operations of the allow-list run. */
  persistedQueries: 'auto' | 'only';
  auth: {
    /** HS256 secret for JWT bearer tokens; at least 32 characters. */
    jwtSecret: string | null;
    /** A JWKS file with the public keys JWT bearer tokens are signed with. */
    jwksFile: string | null;
    jwtIssuer: string | null;
    jwtAudience: string | null;
  };
}

/**
 * Parses and checks the environment once, at start-up. A bad value throws an error naming the
 * variable, so the process stops before it listens.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as shells and .env files write it.
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const env = cleanEnv(
    present,
    {
      PORT: port({ default: 4000, desc: 'HTTP port' }),
      HOST: str({ default: '127.0.0.1', desc: 'interface to bind' }),
      DATABASE_URL: databaseUrl({ default: undefined, desc: 'PostgreSQL URL; SQLite when unset' }),
      REDIS_URL: redisUrl({ default: undefined, desc: 'Redis URL for state shared between replicas; per process when unset' }),
      REDIS_KEY_PREFIX: str({ default: 'grassroots:', desc: 'prefix of every Redis key and channel' }),
      SQLITE_PATH: str({ default: 'data/grassroots.sqlite', desc: 'SQLite database file' }),
      INDICATOR_WORKERS: wholeNumberUpTo(16)({ default: 1, desc: 'worker threads for the governance indicators (0: in the request thread)' }),
      INDICATOR_WORKER_NICE: wholeNumberUpTo(19)({ default: undefined, desc: "how much lower than the server's the indicator worker threads' priority is (their nice value above the server's), so that the thread answering requests comes first for the cores; 0: the same (unset: 10 with NODE_ENV=production, else 0)" }),
      SHUTDOWN_GRACE_SECONDS: wholeNumberUpTo(600, ' of seconds')({ default: 10, desc: 'seconds a stop (SIGTERM) lets the requests in flight finish before it cuts them' }),
      INDICATOR_WORKERS_WARM: bool({ default: undefined, desc: "start the worker threads with the server and keep them, each with the graph export's schema built, rather than on the first task and stopped after 5 idle minutes (unset: true with NODE_ENV=production, else false)" }),
      CREDENTIAL_CACHE_SECONDS: wholeNumberUpTo(3600, ' of seconds')({ default: 10, desc: 'seconds a valid API key is kept without being read again (0: every request reads it)' }),
      DIAGNOSTICS: bool({ default: false, desc: 'add extensions.diagnostics to responses' }),
      // Unset: true, but not in production, where the database is a real one and an operator loads what belongs there.
      SEED_ON_START: bool({ default: undefined, desc: 'load the sample district into an empty database (unset: true, false with NODE_ENV=production)' }),
      NODE_ENV: str({ default: 'development', choices: ['development', 'production', 'test'] }),
      LOG_LEVEL: str({ default: 'info', choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] }),
      MAX_QUERY_DEPTH: positiveInteger({ default: 12 }),
      // OrganizationTree, the costliest example operation, costs 308,607 with its default variables.
      MAX_QUERY_COMPLEXITY: positiveInteger({ default: 500_000 }),
      MAX_ALIASES: positiveInteger({ default: 30 }),
      MAX_BATCH_SIZE: positiveInteger({ default: 10 }),
      MAX_BODY_BYTES: positiveInteger({ default: 5 * 1024 * 1024 }),
      REQUEST_TIMEOUT_MS: positiveInteger({ default: 30_000 }),
      RATE_LIMIT_PER_MINUTE: positiveInteger({ default: 600 }),
      PERSISTED_QUERIES: str({ default: 'auto', choices: ['auto', 'only'] }),
      JWT_SECRET: str({ default: undefined }),
      JWKS_FILE: str({ default: undefined }),
      JWT_ISSUER: str({ default: undefined }),
      JWT_AUDIENCE: str({ default: undefined }),
    },
    {
      reporter: ({ errors }) => {
        const problems = Object.entries(errors).map(([name, error]) =>
          error instanceof EnvMissingError ? `${name} is required` : `${name} is invalid: ${error?.message}`,
        );
        if (problems.length > 0) throw new Error(`Configuration error: ${problems.join('; ')}`);
      },
    },
  );
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL ?? null,
    sqlitePath: path.resolve(env.SQLITE_PATH),
    redisUrl: env.REDIS_URL ?? null,
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    indicatorWorkers: env.INDICATOR_WORKERS,
    // A production server has its cores to itself; elsewhere (tests, a developer's machine) the niced worker
    // would also yield to every other process, and at a load of 16 a test's task waited past its timeout.
    indicatorWorkerNice: env.INDICATOR_WORKER_NICE ?? (env.NODE_ENV === 'production' ? 10 : 0),
    indicatorWorkersWarm: env.INDICATOR_WORKERS_WARM ?? env.NODE_ENV === 'production',
    credentialCacheSeconds: env.CREDENTIAL_CACHE_SECONDS,
    diagnostics: env.DIAGNOSTICS,
    shutdownGraceMs: env.SHUTDOWN_GRACE_SECONDS * 1000,
    seedOnStart: env.SEED_ON_START ?? env.NODE_ENV !== 'production',
    nodeEnv: env.NODE_ENV,
    logLevel: env.LOG_LEVEL,
    limits: {
      maxDepth: env.MAX_QUERY_DEPTH,
      maxComplexity: env.MAX_QUERY_COMPLEXITY,
      maxAliases: env.MAX_ALIASES,
      maxBatchSize: env.MAX_BATCH_SIZE,
      maxBodyBytes: env.MAX_BODY_BYTES,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    },
    persistedQueries: env.PERSISTED_QUERIES as 'auto' | 'only',
    auth: {
      jwtSecret: env.JWT_SECRET ?? null,
      jwksFile: env.JWKS_FILE ? path.resolve(env.JWKS_FILE) : null,
      jwtIssuer: env.JWT_ISSUER ?? null,
      jwtAudience: env.JWT_AUDIENCE ?? null,
    },
  };
}
