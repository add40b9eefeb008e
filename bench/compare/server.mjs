/**
 * PostGraphile 5 (amber preset) on DATABASE_URL's public schema, served by grafserv's node adapter on
 * 127.0.0.1:PORT/graphql, no authentication. Started by bench/run.ts --compare; prints "ready at" once listening.
 */
import './with-resolvers.mjs';
import { createServer } from 'node:http';

const { postgraphile } = await import('postgraphile');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error('DATABASE_URL is required');
const port = Number(process.env.PORT ?? 5678);
const host = '127.0.0.1';

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  // The same pool size as the project's server (src/db/database.ts: max 10).
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { port, host, graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server);
server.listen(port, host, () => console.log(`PostGraphile ready at http://${host}:${port}/graphql`));

const stop = async () => {
  server.close();
  await pgl.release();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
