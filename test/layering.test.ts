import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * What each folder of src/ may import (README, "Development"). Data flows one way: HTTP → server →
 * schema and federation → modules and graph → auth, db → lib and errors. A folder may import itself and
 * the folders listed; `typeOnly` folders only through `import type` (no code runs across).
 */
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');

const RULES: Record<string, { may: string[]; typeOnly?: string[] }> = {
  errors: { may: [] },
  lib: { may: ['errors'] },
  // db/entities.ts lists the entities of src/modules/index.ts; rows.ts pages with schema/pagination's types.
  db: { may: ['lib', 'errors', 'modules/index.ts'], typeOnly: ['schema', 'modules'] },
  auth: { may: ['lib', 'errors', 'db', 'modules'], typeOnly: ['server'] },
  schema: { may: ['lib', 'errors', 'db', 'auth', 'modules', 'federation'] },
  modules: { may: ['lib', 'errors', 'db', 'schema', 'auth', 'graph'], typeOnly: ['server'] },
  graph: { may: ['lib', 'errors', 'db', 'schema', 'auth', 'modules'] },
  federation: { may: ['lib', 'errors', 'auth', 'modules', 'schema'] },
  // The Open311 view: its own HTTP routes over the cases module's reads and rules.
  open311: { may: ['lib', 'errors', 'db', 'schema', 'auth', 'modules'] },
  server: { may: ['lib', 'errors', 'db', 'schema', 'auth', 'modules', 'graph', 'federation', 'open311'] },
  cli: { may: ['lib', 'errors', 'db', 'schema', 'auth', 'modules', 'graph', 'federation', 'server'] },
  generated: { may: [] },
};

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The relative imports of a file, with whether each is type-only. */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: { target: string; typeOnly: boolean }[] = [];
  for (const match of text.matchAll(/^(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'(\.[^']+)'/gm)) {
    found.push({ target: path.resolve(path.dirname(file), match[3]).replace(/\.js$/, '.ts'), typeOnly: Boolean(match[2]) });
  }
  return found;
}

/** The folder of src/ a path is in ('main.ts' for the entry point). */
function folderOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0];
}

describe('the layering of src/', () => {
  it('names every folder of src/ in the rules', () => {
    const folders = fs.readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.filter((folder) => !RULES[folder])).toEqual([]);
  });

  it('has every folder import only what its rule allows', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const from = folderOf(file);
      if (from === 'main.ts') continue;
      const rule = RULES[from];
      for (const { target, typeOnly } of importsOf(file)) {
        const to = folderOf(target);
        const toFile = path.relative(SRC, target).split(path.sep).join('/');
        if (to === from || rule.may.includes(to) || rule.may.includes(toFile)) continue;
        if (typeOnly && rule.typeOnly?.includes(to)) continue;
        violations.push(`${path.relative(SRC, file)} imports ${toFile}${typeOnly ? ' (type only)' : ''}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps the import circle through the context cut: no resolver, visibility rule, audit or service imports the server', () => {
    // The two that do import only a type: the configuration's shape, and the deadline and observation the context carries.
    const circle = sourceFiles(path.join(SRC, 'auth'))
      .concat(sourceFiles(path.join(SRC, 'modules')))
      .filter((file) => importsOf(file).some(({ target }) => folderOf(target) === 'server'))
      .map((file) => path.relative(SRC, file));
    expect(circle).toEqual(['auth/jwt.ts', 'modules/contract.ts']);
  });

  it('declares every object type with simpleResolvers: its plain fields are read as graphql-js reads them', () => {
    // TypeGraphQL otherwise wraps every plain field in a resolver that runs the (here empty) middleware
    // chain: about 4.5 ms of a community tree's 43 ms of server CPU. No field here has a middleware or
    // an @Authorized of its own; field resolvers (@FieldResolver) keep their full wrapper either way.
    const missing = sourceFiles(SRC)
      .filter((file) => !file.includes(`${path.sep}generated${path.sep}`))
      .flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/@ObjectType\(([^)]*?)\{?\s*([^]*?)\}?\)\n/g)].filter((match) => !match[0].includes('simpleResolvers: true')).map((match) => `${path.relative(SRC, file)}: ${match[0].trim().slice(0, 60)}`));
    expect(missing).toEqual([]);
    const middlewares = sourceFiles(SRC).filter((file) => /@UseMiddleware\(/.test(fs.readFileSync(file, 'utf8')));
    expect(middlewares).toEqual([]);
  });

  it('enters no AsyncLocalStorage and no async hook anywhere: request state travels explicitly', () => {
    // On Node 20 an AsyncLocalStorage that has been entered once (or any async hook) turns on promise
    // hooks for every promise of the process, for the rest of its life: a nested query of ~5,000 fields
    // spent 11–12.5 ms more CPU on them (a fifth of it), with 23 % fewer requests/s (issue 9). The
    // request's statement count, loader batches and audit actor travel instead in the request's view of
    // the database (Database.observedBy, Database.as), its loaders' scope and its GraphQL context.
    const users = sourceFiles(SRC).filter((file) => /AsyncLocalStorage|async_hooks|AsyncResource|createHook|executionAsyncResource/.test(fs.readFileSync(file, 'utf8')));
    expect(users.map((file) => path.relative(SRC, file))).toEqual([]);
  });
});
