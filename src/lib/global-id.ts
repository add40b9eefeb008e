import { BadUserInputError } from '../errors/index.js';

/**
 * The name of an entity type with global ids: its GraphQL type name. The modules declare which types
 * exist (ModuleDescriptor.nodeTypes); src/modules/node/node-types.ts has the list.
 */
export type NodeTypeName = string;

const MAX_DATABASE_ID = 2 ** 31 - 1;

/**
 * Global ids are opaque to clients (Relay convention): base64 of `Type:databaseId`. They are stable,
 * so partners may store them, but `code` is the business key meant for that.
 */
export function toGlobalId(type: NodeTypeName, databaseId: number): string {
  return base64(`${type}:${databaseId}`);
}

/**
 * Base64 of a text, as `Buffer.from(text, 'utf8').toString('base64')` gives it: `btoa` for ASCII (type names,
 * digits, list names), which makes no Buffer (a third of the time; a community tree makes thousands of ids and
 * cursors), and the Buffer for anything else, whose UTF-8 bytes `btoa` would not encode.
 */
export function base64(text: string): string {
  return ASCII.test(text) ? btoa(text) : Buffer.from(text, 'utf8').toString('base64');
}

const ASCII = /^[\x00-\x7f]*$/;

export interface DecodedGlobalId {
  type: NodeTypeName;
  databaseId: number;
}

/**
 * Decodes a global id of any type name; returns null when it is not of our form. Whether the type
 * exists is the node registry's to say (decodeNodeId in src/modules/node/node-types.ts).
 */
export function decodeGlobalId(id: string): DecodedGlobalId | null {
  const decoded = Buffer.from(id, 'base64').toString('utf8');
  const match = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(decoded);
  // Database ids are 32-bit integers on both databases; a larger number names nothing.
  if (!match || Number(match[2]) > MAX_DATABASE_ID || toGlobalId(match[1], Number(match[2])) !== id) return null;
  return { type: match[1], databaseId: Number(match[2]) };
}

/** Decodes an id that must be of one (existing) type; a malformed or foreign id is the client's error, naming the argument. */
export function parseGlobalId(id: string, type: NodeTypeName, field: string): number {
  const decoded = decodeGlobalId(id);
  if (!decoded || decoded.type !== type) {
    throw new BadUserInputError(`Argument "${field}" is not a valid ${type} id: "${id}".`, { field });
  }
  return decoded.databaseId;
}
