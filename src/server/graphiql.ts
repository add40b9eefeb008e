import type { ApolloServerPlugin } from '@apollo/server';
import express from 'express';

/** Where GraphiQL's scripts and styles are served from. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql';

/** Serves the GraphiQL and React builds from node_modules. */
export function graphiqlAssets(): express.Router {
  return express.Router();
}

/** Serves the GraphiQL page on GET /graphql from a browser. */
export function graphiqlLandingPage(): ApolloServerPlugin {
  return {};
}
