import { GraphQLObjectType, GraphQLScalarType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Storage = ReturnType<typeof getMetadataStorage>;
type FieldResolverMetadata = Storage['fieldResolvers'][number];
type ParamMetadata = NonNullable<FieldResolverMetadata['params']>[number];
type Param = (root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

/** What TypeGraphQL's convertToType passes through as it is (its `simpleTypes`). */
const PASSED_AS_IS: readonly unknown[] = [String, Boolean, Number, Date, Array, Promise];

/**
 * A type whose values TypeGraphQL's argument conversion hands over unchanged: a scalar (String, Number,
 * Boolean, Date, or a GraphQLScalarType) or an enum (a plain object). Input object types are classes
 * registered as such, and their values are rebuilt as instances: those fields keep TypeGraphQL's path.
 */
function passesAsIs(storage: Storage, type: unknown): boolean {
  if (type instanceof GraphQLScalarType) return true;
  if (type === String || type === Number || type === Boolean || type === Date) return true;
  // A TypeScript enum (registerEnumType) is a plain object; anything else that is a class may be rebuilt.
  return typeof type === 'object' && type !== null && !storage.inputTypes.some((input) => input.target === type);
}

/** TypeGraphQL's convertToType for an instance of `Target` built from `data` (helpers/types.js), as it does it. */
function convertToType(Target: new () => object, data: unknown): unknown {
  if (data == null || typeof data !== 'object') return data;
  if (PASSED_AS_IS.includes((data as object).constructor) || data instanceof Target) return data;
  const instance = new Target() as Record<string, unknown>;
  for (const key of Object.keys(instance)) if (instance[key] === undefined && !(key in data)) delete instance[key];
  return Object.assign(instance, data);
}

/** Every field of an @ArgsType class and of the @ArgsType classes it extends, as TypeGraphQL collects them. */
function argsFields(storage: Storage, ArgsClass: Function) {
  const fields = [];
  for (let target = ArgsClass; target && target.prototype !== undefined; target = Object.getPrototypeOf(target)) {
    const argsType = storage.argumentTypes.find((type) => type.target === target);
    if (argsType?.fields) fields.push(...argsType.fields);
  }
  return fields;
}

/** One parameter as TypeGraphQL's getParams builds it, without its detours; null when this field needs them. */
function directParam(storage: Storage, param: ParamMetadata): Param | null {
  switch (param.kind) {
    case 'root': {
      const property = param.propertyName;
      const Target = param.getType?.() as (new () => object) | undefined;
      return (root) => {
        const value = property ? (root as Record<string, unknown>)[property] : root;
        return Target ? convertToType(Target, value) : value;
      };
    }
    case 'context': {
      const property = param.propertyName;
      return property ? (_root, _args, context) => (context as Record<string, unknown>)[property] : (_root, _args, context) => context;
    }
    case 'info':
      return (_root, _args, _context, info) => info;
    case 'arg': {
      if (!passesAsIs(storage, param.getType())) return null;
      const name = param.name;
      return (_root, args) => args[name];
    }
    case 'args': {
      const ArgsClass = param.getType() as new () => object;
      const fields = argsFields(storage, ArgsClass);
      if (!fields.every((field) => passesAsIs(storage, field.getType()))) return null;
      const names = fields.map((field) => field.name);
      return (_root, args) => {
        const given: Record<string, unknown> = {};
        for (const name of names) if (args[name] !== undefined) given[name] = args[name];
        return convertToType(ArgsClass, given);
      };
    }
    default:
      return null;
  }
}

/**
 * TypeGraphQL calls a field resolver through its parameter injection, whose argument check is an async
 * function even with validation off (`validate: false`): every field with arguments (a connection's
 * `first`) answered a promise, then a Promise.all of its parameters, then the method, some microtask turns
 * later (type-graphql#1711) — about 4,000 promises for a community tree of 500 organizations.
 *
 * Here each field resolver of a resolver class (`@FieldResolver` on `@Resolver(of => Type)`) whose
 * parameters are only the root, the context, the info and arguments of scalar or enum types, and which has
 * no middleware and no `@Authorized` role, is called directly: its parameters built as TypeGraphQL builds
 * them (the @Args class instance included), its method called at once, its result (a value or a promise)
 * handed on. Every other field keeps TypeGraphQL's resolver. Run right after buildSchema, before any of our
 * wrappers (scope, audit) is put around a field's resolver.
 */
export function resolveFieldsDirectly(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const instances = new Map<Function, Record<string, (...params: unknown[]) => unknown>>();
  let replaced = 0;
  for (const metadata of storage.fieldResolvers) {
    if (metadata.kind !== 'external' || (metadata.middlewares?.length ?? 0) > 0 || metadata.roles !== undefined) continue;
    const objectClass = metadata.getObjectType?.() ?? metadata.resolverClassMetadata?.getObjectType();
    const typeName = storage.objectTypes.find((type) => type.target === objectClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = type instanceof GraphQLObjectType ? type.getFields()[metadata.schemaName] : undefined;
    if (!field?.resolve) continue;
    const params = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index).map((param) => directParam(storage, param));
    if (params.some((param) => param === null)) continue;
    const build = params as Param[];
    let instance = instances.get(metadata.target);
    if (!instance) instances.set(metadata.target, (instance = new (metadata.target as new () => Record<string, (...params: unknown[]) => unknown>)()));
    const target = instance;
    const method = target[metadata.methodName]!;
    const resolve: GraphQLFieldResolver<unknown, unknown, Record<string, unknown>> = (root, args, context, info) => {
      const values = new Array<unknown>(build.length);
      for (let index = 0; index < build.length; index += 1) values[index] = build[index]!(root, args, context, info);
      return method.apply(target, values);
    };
    field.resolve = resolve;
    replaced += 1;
  }
  return replaced;
}
