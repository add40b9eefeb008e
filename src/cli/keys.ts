/**
 * npm run keys -- create --role ROLE [--scope ORG_CODE] [--pii] [--label TEXT]
 * npm run keys -- list
 * npm run keys -- revoke KEY_ID
 *
 * `create` prints the new key once, alone on its last line: store it now, it cannot be shown again.
 */
import 'reflect-metadata';
import { Command, InvalidArgumentError } from 'commander';
import { ApiKeyService } from '../modules/api-keys/api-key.service.js';
import { ROLES, type Role } from '../auth/principal.js';
import { Database } from '../db/database.js';
import { isClientError } from '../errors/index.js';
import { loadConfig } from '../server/config.js';
import { createLogger } from '../server/logger.js';
import { RedisPubSub, SharedState } from '../db/shared-state.js';

async function withKeys<T>(command: string, work: (keys: ApiKeyService) => Promise<T>): Promise<T> {
  const config = loadConfig();
  // With REDIS_URL, a revocation is announced to the servers sharing that Redis, which forget the key at once
  // (CredentialCache); without it, a server that has the key cached refuses it within CREDENTIAL_CACHE_SECONDS.
  // Only a revocation has anything to announce: create and list connect to no Redis.
  const shared = config.redisUrl && command === 'revoke' ? SharedState.connect(config.redisUrl, createLogger(config), config.redisKeyPrefix) : null;
  if (shared && !(await shared.whenReady(5_000))) {
    console.error(`Redis (REDIS_URL) does not answer: servers that have this key cached will refuse it within CREDENTIAL_CACHE_SECONDS (${config.credentialCacheSeconds} s).`);
  }
  const db = await Database.open({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath, migrate: true, ...(shared && { pubSub: new RedisPubSub(shared) }) });
  try {
    return await work(new ApiKeyService(db.as({ principal: 'cli:keys', operation: `keys ${command}` })));
  } catch (error) {
    if (!isClientError(error)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return undefined as T;
  } finally {
    await db.close();
    await shared?.close();
  }
}

const program = new Command().name('npm run keys --').description('Create, list and revoke API keys.');
program.exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

program
  .command('create')
  .description('Create a key and print it once, on the last line.')
  .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, (value) => {
    if (!ROLES.includes(value as Role)) throw new InvalidArgumentError(`The role must be one of ${ROLES.join(', ')}.`);
    return value as Role;
  })
  .option('--scope <code>', 'limit the key to this organization and everything under it')
  .option('--pii', 'let the key read personal data (names, phones, Party membership)', false)
  .option('--label <text>', 'what the key is for')
  .action(async (options: { role: Role; scope?: string; pii: boolean; label?: string }) => {
    await withKeys('create', async (keys) => {
      const { keyId, key } = await keys.create({ role: options.role, scopeCode: options.scope ?? null, pii: options.pii, label: options.label ?? null });
      console.error(`Created key ${keyId}: role ${options.role}${options.scope ? `, scope ${options.scope}` : ''}${options.pii ? ', personal data' : ''}. It is shown once:`);
      console.log(key);
    });
  });

program
  .command('list')
  .description('List keys (never their secrets).')
  .action(async () => {
    await withKeys('list', async (keys) => {
      for (const key of await keys.list()) {
        console.log([key.keyId, key.role, key.scopeCode ?? '-', key.pii ? 'pii' : '-', key.revokedAt ? `revoked ${key.revokedAt}` : 'active', key.label ?? ''].join('\t'));
      }
    });
  });

program
  .command('revoke')
  .description('Revoke a key: servers refuse it at once when they share REDIS_URL with this command, otherwise within CREDENTIAL_CACHE_SECONDS.')
  .argument('<keyId>', 'the key id shown by create and list')
  .action(async (keyId: string) => {
    await withKeys('revoke', async (keys) => {
      await keys.revoke(keyId);
      console.error(`Revoked key ${keyId}.`);
    });
  });

await program.parseAsync();
