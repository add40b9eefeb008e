import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { ApolloServerPlugin } from '@apollo/server';
import express from 'express';
import { Kind, parse } from 'graphql';

/**
 * GraphiQL served by the API itself, with no CDN: the graphiql 3.x UMD build and React 18's UMD
 * builds come from the installed packages, and the page that loads them is Apollo Server's landing
 * page on GET /graphql (when the request prefers HTML). Nothing on the page talks to another host.
 */

/** Where GraphiQL's scripts and styles are served from. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql';

export const GRAPHIQL_PAGE_TITLE = 'grassroots-graph — GraphiQL';

/** The top-level operations/ folder, whose `*.graphql` files become GraphiQL's example tabs. */
export const DEFAULT_OPERATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../operations');

/** The example shown when operations/ holds no `*.graphql` file. */
export const FALLBACK_EXAMPLE_QUERY = `{
  organizations(first: 5) {
    totalCount
    nodes {
      code
      name
      kind
    }
  }
}
`;

const require = createRequire(import.meta.url);

/** The only files exposed from node_modules: served name → package and file inside it. */
const ASSET_SOURCES = {
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js', contentType: 'text/javascript; charset=utf-8' },
  'react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', contentType: 'text/javascript; charset=utf-8' },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', contentType: 'text/javascript; charset=utf-8' },
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', contentType: 'text/css; charset=utf-8' },
} as const;

type AssetName = keyof typeof ASSET_SOURCES;

interface ResolvedAsset {
  name: AssetName;
  file: string;
  contentType: string;
  /** The package's version: asset URLs carry it as `?v=`, which makes them safe to cache for good. */
  version: string;
}

interface LoadedAsset {
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

/**
 * Resolves each asset through the package's own package.json (react and react-dom do not export
 * their umd/ folders, so `require.resolve('react/umd/…')` is refused), never relative to cwd.
 */
function resolveAssets(): Map<AssetName, ResolvedAsset> {
  const assets = new Map<AssetName, ResolvedAsset>();
  for (const [name, source] of Object.entries(ASSET_SOURCES) as [AssetName, (typeof ASSET_SOURCES)[AssetName]][]) {
    const packageJson = require.resolve(`${source.pkg}/package.json`);
    const { version } = require(packageJson) as { version: string };
    assets.set(name, { name, file: path.join(path.dirname(packageJson), source.file), contentType: source.contentType, version });
  }
  return assets;
}

let resolvedAssets: Map<AssetName, ResolvedAsset> | undefined;
function assets(): Map<AssetName, ResolvedAsset> {
  resolvedAssets ??= resolveAssets();
  return resolvedAssets;
}

/** The same-origin URL of an asset, versioned so that browsers may cache it for a year. */
function assetUrl(name: AssetName): string {
  const asset = assets().get(name)!;
  return `${GRAPHIQL_ASSETS_PATH}/${name}?v=${encodeURIComponent(asset.version)}`;
}

const gzipAsync = promisify(gzip);
const loaded = new Map<AssetName, Promise<LoadedAsset>>();

/** Reads an asset once and keeps it, with its gzipped form (graphiql.min.js is 3.5 MB, 0.8 MB gzipped). */
function loadAsset(asset: ResolvedAsset): Promise<LoadedAsset> {
  let promise = loaded.get(asset.name);
  if (!promise) {
    promise = (async () => {
      const body = await readFile(asset.file);
      const gzipped = await gzipAsync(body);
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      return { body, gzipped, etag };
    })();
    promise.catch(() => loaded.delete(asset.name));
    loaded.set(asset.name, promise);
  }
  return promise;
}

/** Serves the GraphiQL and React builds from node_modules. */
export function graphiqlAssets(): express.Router {
  const router = express.Router();
  // Resolve now, so that a missing package fails at start and not on a browser's first visit.
  for (const asset of assets().values()) {
    // GET also answers HEAD. Only these four exact paths exist; everything else falls through (404).
    router.get(`/${asset.name}`, async (request, response) => {
      const { body, gzipped, etag } = await loadAsset(asset);
      const useGzip = request.acceptsEncodings('gzip', 'identity') === 'gzip';
      response.set({
        'Content-Type': asset.contentType,
        'X-Content-Type-Options': 'nosniff',
        Vary: 'Accept-Encoding',
        ETag: useGzip ? etag.replace(/"$/, '-gz"') : etag,
        // A URL with the installed version never changes; one without it is revalidated each time.
        'Cache-Control': request.query.v === asset.version ? 'public, max-age=31536000, immutable' : 'public, no-cache',
      });
      if (request.fresh) {
        response.status(304).end();
        return;
      }
      if (useGzip) response.set('Content-Encoding', 'gzip');
      const payload = useGzip ? gzipped : body;
      response.set('Content-Length', String(payload.length));
      response.status(200).end(payload);
    });
  }
  return router;
}

export interface ExampleOperation {
  /** The file's name without `.graphql`, or `example` for the built-in fallback. */
  name: string;
  query: string;
  /** The text of `<name>.variables.json` beside it, when there is one: the tab opens with it, so that it runs as it is. */
  variables?: string;
}

/** Whether a document holds operations and none of them is a query (so it writes, or subscribes). */
function onlyWrites(query: string): boolean {
  try {
    const operations = parse(query).definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    return operations.length > 0 && operations.every((operation) => operation.operation !== 'query');
  } catch {
    return false; // GraphiQL will show the syntax error; order it as a query.
  }
}

/**
 * Reads the example operations: every `*.graphql` file directly in `dir`, empty files skipped,
 * queries first (the first tab is the one open, and running it should not write), then by file
 * name. With none (or no folder), the one built-in example.
 */
export async function loadExampleOperations(dir: string = DEFAULT_OPERATIONS_DIR): Promise<ExampleOperation[]> {
  let entries: string[] = [];
  try {
    entries = (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name.endsWith('.graphql'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
  }
  const examples: ExampleOperation[] = [];
  for (const file of entries) {
    const query = (await readFile(path.join(dir, file), 'utf8')).trim();
    if (!query) continue;
    const name = file.slice(0, -'.graphql'.length);
    const variables = (await readFileIfAny(path.join(dir, `${name}.variables.json`)))?.trim();
    examples.push(variables ? { name, query: `${query}\n`, variables: `${variables}\n` } : { name, query: `${query}\n` });
  }
  if (!examples.length) return [{ name: 'example', query: FALLBACK_EXAMPLE_QUERY }];
  const writes = new Set(examples.filter((example) => onlyWrites(example.query)));
  return [...examples.filter((example) => !writes.has(example)), ...examples.filter((example) => writes.has(example))];
}

async function readFileIfAny(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** JSON that is safe inside a <script> element: no `<` (so no `</script>` or `<!--`), no line separators. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The GraphiQL page: same-origin assets only, the fetcher on the address the page was loaded from. */
export function renderGraphiqlPage(examples: ExampleOperation[]): string {
  const config = { tabs: examples.map((example) => (example.variables ? { query: example.query, variables: example.variables } : { query: example.query })) };
  const script = (name: AssetName) => `<script src="${escapeHtml(assetUrl(name))}"></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(GRAPHIQL_PAGE_TITLE)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(assetUrl('graphiql.min.css'))}">
<style>html, body { height: 100%; margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<noscript>GraphiQL needs JavaScript. The API itself answers POST requests on this address.</noscript>
${script('react.production.min.js')}
${script('react-dom.production.min.js')}
${script('graphiql.min.js')}
<script type="application/json" id="graphiql-config">${scriptSafeJson(config)}</script>
<script>
(function () {
  var config = JSON.parse(document.getElementById('graphiql-config').textContent);
  // The endpoint is the address this page was served from (same origin, whatever the path prefix).
  // Subscriptions go over graphql-ws on the same path (bundled in graphiql.min.js; the client connects on the first one).
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + window.location.pathname, subscriptionUrl: window.location.origin.replace(/^http/, 'ws') + window.location.pathname });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultTabs: config.tabs, shouldPersistHeaders: false })
  );
})();
</script>
</body>
</html>
`;
}

/** Serves the GraphiQL page on GET /graphql from a browser. */
export function graphiqlLandingPage(options: { operationsDir?: string } = {}): ApolloServerPlugin {
  return {
    async serverWillStart() {
      const html = renderGraphiqlPage(await loadExampleOperations(options.operationsDir));
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
