import { BadUserInputError } from '../errors/index.js';

/** The entity types that have global ids; `node(id)` resolves any of them. */
export const NODE_TYPES = ['Organization', 'Link', 'Person', 'Post', 'Grid'] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

const MAX_DATABASE_ID = 2 ** 31 - 1;

/**
 * Global ids are opaque to clients (Relay convention): base64 of `Type:databaseId`. They are stable,
 * so partners may store them, but `code` is the business key meant for that.
 */
export function toGlobalId(type: NodeTypeName, databaseId: number): string {
  return Buffer.from(`${type}:${databaseId}`, 'utf8').toString('base64');
}

export interface DecodedGlobalId {
  type: NodeTypeName;
  databaseId: number;
}

/** Decodes any global id; returns null when it is not one of ours. */
export function decodeGlobalId(id: string): DecodedGlobalId | null {
  const decoded = Buffer.from(id, 'base64').toString('utf8');
  const match = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(decoded);
  // Database ids are 32-bit integers on both databases; a larger number names nothing.
  if (!match || Number(match[2]) > MAX_DATABASE_ID || toGlobalId(match[1] as NodeTypeName, Number(match[2])) !== id) return null;
  if (!(NODE_TYPES as readonly string[]).includes(match[1])) return null;
  return { type: match[1] as NodeTypeName, databaseId: Number(match[2]) };
}

/** Decodes an id that must be of one type; a malformed or foreign id is the client's error, naming the argument. */
export function parseGlobalId(id: string, type: NodeTypeName, field: string): number {
  const decoded = decodeGlobalId(id);
  if (!decoded || decoded.type !== type) {
    throw new BadUserInputError(`Argument "${field}" is not a valid ${type} id: "${id}".`, { field });
  }
  return decoded.databaseId;
}
