import type { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Apollo Server on an Express route: the request handed to `executeHTTPGraphQLRequest` (Apollo's whole
 * pipeline: parsing, validation, persisted queries, plugins, execution, error formatting), its answer written
 * back. What `@as-integrations/express5` does, written for this server: the body, already parsed by the route's
 * JSON reader, is handed on as it is; a complete answer is encoded once and written with `res.end` and its length, where
 * Express's `res.send` parsed and formatted the Content-Type again to add a charset Apollo had set already,
 * and copied the text into a Buffer (together 3 % of a small request's CPU); the query string is cut at `?`
 * rather than parsed by the legacy `url.parse`.
 */
export function apolloHandler<TContext extends BaseContext>(server: ApolloServer<TContext>, context: ContextFunction<[{ req: Request; res: Response }], TContext>): RequestHandler {
  server.assertStarted('apolloHandler()');
  return async (req, res) => {
    if (!('body' in req)) {
      res.status(500).end('`req.body` is not set: the JSON body reader must run before Apollo Server.');
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.url.indexOf('?');
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: query < 0 ? '' : req.url.slice(query), body: req.body },
      context: () => context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      // Encoded once: Buffer.byteLength of a text with any non-Latin-1 character (a name) copies the whole text
      // to measure it, and writing the text encodes it again.
      const body = Buffer.from(response.body.string, 'utf8');
      res.setHeader('Content-Length', body.length);
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    // Incremental delivery (@defer): the parts as Apollo makes them.
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
