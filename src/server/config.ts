import path from 'node:path';
import { bool, cleanEnv, makeValidator, port, str, EnvError, EnvMissingError } from 'envalid';

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
  /** Adds extensions.diagnostics (SQL statement count) to every response. */
  diagnostics: boolean;
  /** Loads the small sample district into an empty database on start. */
  seedOnStart: boolean;
  nodeEnv: string;
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
      SQLITE_PATH: str({ default: 'data/grassroots.sqlite', desc: 'SQLite database file' }),
      DIAGNOSTICS: bool({ default: false, desc: 'add extensions.diagnostics to responses' }),
      SEED_ON_START: bool({ default: true, desc: 'load the sample district into an empty database' }),
      NODE_ENV: str({ default: 'development', choices: ['development', 'production', 'test'] }),
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
    diagnostics: env.DIAGNOSTICS,
    seedOnStart: env.SEED_ON_START,
    nodeEnv: env.NODE_ENV,
  };
}
