import { decodeGlobalId, type DecodedGlobalId } from '../../lib/global-id.js';
import type { NodeType } from '../contract.js';
import { MODULES } from '../index.js';

let registry: ReadonlyMap<string, NodeType> | undefined;

/**
 * Every entity type with a global id, by name, from the modules' descriptors. Built on first use, not
 * when this file loads: resolvers that import it are themselves loaded while MODULES is being built.
 */
export function nodeTypes(): ReadonlyMap<string, NodeType> {
  registry ??= new Map(MODULES.flatMap((module) => module.nodeTypes ?? []).map((type) => [type.name, type]));
  return registry;
}

/** Decodes a global id of one of our node types; null when it is malformed or names no type we have. */
export function decodeNodeId(id: string): DecodedGlobalId | null {
  const decoded = decodeGlobalId(id);
  return decoded && nodeTypes().has(decoded.type) ? decoded : null;
}
