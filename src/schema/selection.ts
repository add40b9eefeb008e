import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved asks, below it, for the field at `path` (response names are not
 * used: field names, through inline fragments and named fragments alike): `asks(info, ['nodes',
 * 'person'])` on a connection. For reads that can bring what a child field will want in the statement
 * they make anyway; the answer never depends on it, only the number of statements.
 */
export function asks(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  // The answer depends only on the document: kept per field node (an AST node of the parsed document, which
  // Apollo keeps while the document is cached), so that a field resolved for each of a hundred parents walks
  // its selection once. A field merged from several nodes is walked each time (the same node may be merged
  // with others elsewhere in the document).
  if (info.fieldNodes.length !== 1) return walk(info, path);
  const first = info.fieldNodes[0];
  let known = answers.get(first);
  if (!known) answers.set(first, (known = new Map()));
  const key = path.join('.');
  let answer = known.get(key);
  if (answer === undefined) {
    answer = walk(info, path);
    known.set(key, answer);
  }
  return answer;
}

function walk(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && reaches(info, node.selectionSet, path, 0, new Set()));
}

const answers = new WeakMap<FieldNode, Map<string, boolean>>();

function reaches(info: GraphQLResolveInfo, selectionSet: SelectionSetNode, path: readonly string[], depth: number, seen: Set<string>): boolean {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!matches(selection, path[depth])) continue;
      if (depth === path.length - 1) return true;
      if (selection.selectionSet && reaches(info, selection.selectionSet, path, depth + 1, seen)) return true;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (reaches(info, selection.selectionSet, path, depth, seen)) return true;
    } else {
      const name = selection.name.value;
      const fragment = info.fragments[name];
      if (!fragment || seen.has(`${name}@${depth}`)) continue;
      seen.add(`${name}@${depth}`);
      if (reaches(info, fragment.selectionSet, path, depth, seen)) return true;
    }
  }
  return false;
}

function matches(field: FieldNode, name: string): boolean {
  return field.name.value === name;
}
