import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL_DISTRICT } from '../fixtures/small-district.js';
import { runCli } from '../helpers/cli.js';

/** The command-line tools as a user runs them, each in a child process (moved here from auth.test.ts and import.test.ts). */

const clone = <T>(value: T): T => structuredClone(value);

describe('npm run keys', () => {
  it('creates a key shown once on the last line, lists it without the secret, and revokes it', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gg-keys-'));
    const env = { ...process.env, SQLITE_PATH: path.join(folder, 'db.sqlite'), DATABASE_URL: '' };
    const created = await runCli('src/cli/keys.ts', ['create', '--role', 'editor', '--label', 'nightly import'], env);
    const key = created.stdout.trim().split('\n').at(-1)!;
    expect(key).toMatch(/^ggk_[0-9a-f]{16}_[A-Za-z0-9_-]{32}$/);
    const keyId = key.split('_')[1];
    const listed = await runCli('src/cli/keys.ts', ['list'], env);
    expect(listed.stdout).toContain(`${keyId}\teditor\t-\t-\tactive\tnightly import`);
    expect(listed.stdout).not.toContain(key);
    await runCli('src/cli/keys.ts', ['revoke', keyId], env);
    expect((await runCli('src/cli/keys.ts', ['list'], env)).stdout).toMatch(new RegExp(`${keyId}\\teditor\\t-\\t-\\trevoked `));
    fs.rmSync(folder, { recursive: true, force: true });
  });
});

describe('npm run import', () => {
  it('imports a file into the configured SQLite database, and names the bad record when it refuses one', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gg-import-'));
    const file = path.join(folder, 'district.json');
    fs.writeFileSync(file, JSON.stringify(SMALL_DISTRICT));
    const env = { ...process.env, SQLITE_PATH: path.join(folder, 'db.sqlite'), DATABASE_URL: '' };
    delete (env as Record<string, string | undefined>).DATABASE_URL;
    const { stdout } = await runCli('src/cli/import.ts', [file], env);
    expect(JSON.parse(stdout).organizations).toEqual({ created: 15, updated: 0, unchanged: 0 });
    const again = await runCli('src/cli/import.ts', [file], env);
    expect(JSON.parse(again.stdout).organizations).toEqual({ created: 0, updated: 0, unchanged: 15 });
    const bad = clone(SMALL_DISTRICT);
    bad.grids![0].communityCode = 'G1';
    fs.writeFileSync(file, JSON.stringify(bad));
    const refused = await runCli('src/cli/import.ts', [file], env).catch((error) => error);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/grids record C1-G1: communityCode G1 is a GRID_PARTY_BRANCH, not a COMMUNITY_PARTY_COMMITTEE/);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
