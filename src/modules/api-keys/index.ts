import { ApiKey } from './api-key.entity.js';
import { ApiKeyResolver } from './api-key.resolver.js';
import { ApiKeyService } from './api-key.service.js';
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
