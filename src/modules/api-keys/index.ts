import { ApiKey } from '../../auth/api-key.entity.js';
import { ApiKeyResolver } from '../../auth/api-key.resolver.js';
import { ApiKeyService } from '../../auth/api-keys.js';
import type { ModuleDescriptor } from '../contract.js';

declare module '../contract.js' {
  interface Services {
    apiKeys: ApiKeyService;
  }
}

/** API keys, stored hashed, managed by admins. */
export const apiKeysModule: ModuleDescriptor = {
  name: 'api-keys',
  entities: [ApiKey],
  resolvers: [ApiKeyResolver],
  services: { apiKeys: (db) => new ApiKeyService(db) },
};
