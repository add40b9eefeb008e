import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../contract.js';
import { ROLES, type Ability, type Role } from '../../auth/principal.js';
import { BadUserInputError } from '../../errors/index.js';

@ObjectType('ApiKey', { simpleResolvers: true, description: 'An API key, without its secret (which is shown once, when created).' })
class ApiKeyType {
  @Field(() => String, { description: 'The public id of the key: the part after ggk_ and before the secret.' })
  keyId!: string;

  @Field(() => String, { description: 'viewer, partner, editor or admin.' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'Code of the organization the key is limited to; null for everything.' })
  scopeCode!: string | null;

  @Field(() => Boolean, { description: 'Whether the key may read personal data.' })
  pii!: boolean;

  @Field(() => String, { nullable: true, description: 'What the key is for.' })
  label!: string | null;

  @Field(() => String, { description: 'When it was created (ISO 8601).' })
  createdAt!: string;

  @Field(() => String, { nullable: true, description: 'When it was revoked; null while it works.' })
  revokedAt!: string | null;
}

@ObjectType('CreatedApiKey', { simpleResolvers: true, description: 'A new API key: `key` is shown this once and never again.' })
class CreatedApiKeyType {
  @Field(() => String, { description: 'The public id of the key.' })
  keyId!: string;

  @Field(() => String, { description: 'The whole key, to send as "Authorization: Bearer <key>". Store it now.' })
  key!: string;
}

@InputType('CreateApiKeyInput', { description: 'A new API key.' })
class CreateApiKeyInput {
  @Field(() => String, { description: 'viewer, partner, editor or admin.' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'Limit the key to this organization (by code) and everything under it.' })
  scopeCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Let the key read personal data; default false.' })
  pii?: boolean | null;

  @Field(() => String, { nullable: true, description: 'What the key is for.' })
  label?: string | null;
}

/** Key management for admins, the same as `npm run keys`. */
@Resolver()
export class ApiKeyResolver {
  @Authorized<Ability>('manage-keys')
  @Query(() => [ApiKeyType], { description: 'Every API key, oldest first, without secrets. Admins only.' })
  apiKeys(@Ctx() context: Context): Promise<ApiKeyType[]> {
    return context.services.apiKeys.list();
  }

  @Authorized<Ability>('manage-keys')
  @Mutation(() => CreatedApiKeyType, { description: 'Creates an API key and shows it once. Admins only.' })
  createApiKey(@Ctx() context: Context, @Arg('input', () => CreateApiKeyInput, { description: 'The new key.' }) input: CreateApiKeyInput): Promise<CreatedApiKeyType> {
    if (!ROLES.includes(input.role as Role)) throw new BadUserInputError(`Argument "input.role" must be one of ${ROLES.join(', ')}; got "${input.role}".`, { field: 'input.role' });
    return context.services.apiKeys.create({ role: input.role as Role, scopeCode: input.scopeCode ?? null, pii: input.pii ?? false, label: input.label ?? null });
  }

  @Authorized<Ability>('manage-keys')
  @Mutation(() => Boolean, { description: 'Revokes an API key: it stops working at once. Admins only.' })
  async revokeApiKey(@Ctx() context: Context, @Arg('keyId', () => String, { description: 'The public id of the key.' }) keyId: string): Promise<boolean> {
    await context.services.apiKeys.revoke(keyId);
    return true;
  }
}
