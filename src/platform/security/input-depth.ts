import { GraphQLError, Kind, type ASTNode, type DocumentNode } from 'graphql';

import { ErrorCode } from '../errors.js';

/**
 * Limits on how deep input nests, checked before anything recurses over it: graphql's own input
 * coercion, the query-cost estimate, the response cache's key and the filter itself all recurse, and
 * a filter nested thousands deep (well inside the body limit) would exhaust the stack.
 *
 * - Filters (`GradeWhere`, in variables, in the query text or in the CSV export's `where`) may nest
 *   `AND`/`OR`/`NOT` at most `maxFilterDepth` levels: `{ force: … }` is one level, `{ NOT: { force: … } }` two.
 * - Any JSON a client sends may nest at most as deep as such a filter can need, and a little more.
 *
 * Both walks keep their own stack, so however deep the input, they never overflow.
 */
const COMBINATORS = new Set(['AND', 'OR', 'NOT']);

/** The JSON nesting a filter of `maxFilterDepth` levels can need: two per level (`AND: [{ … }]`), and the body around it. */
export function jsonDepthLimit(maxFilterDepth: number): number {
  return 2 * maxFilterDepth + 10;
}

/** What is wrong with the nesting of a JSON value a client sent, or null when nothing is. */
export function jsonNestingProblem(value: unknown, maxFilterDepth: number): string | null {
  const jsonLimit = jsonDepthLimit(maxFilterDepth);
  const stack: { value: unknown; depth: number; filterDepth: number }[] = [{ value, depth: 0, filterDepth: 1 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    const depth = item.depth + 1;
    if (depth > jsonLimit) return `it nests deeper than ${jsonLimit} levels`;
    if (Array.isArray(item.value)) {
      for (const child of item.value) stack.push({ value: child, depth, filterDepth: item.filterDepth });
      continue;
    }
    for (const [key, child] of Object.entries(item.value)) {
      const filterDepth = COMBINATORS.has(key) ? item.filterDepth + 1 : item.filterDepth;
      if (filterDepth > maxFilterDepth) return filterDepthMessage(maxFilterDepth);
      stack.push({ value: child, depth, filterDepth });
    }
  }
  return null;
}

/** The same limit on filters written into the query text. */
export function literalNestingProblem(document: DocumentNode, maxFilterDepth: number): string | null {
  const stack: { node: ASTNode; filterDepth: number }[] = [{ node: document, filterDepth: 1 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, filterDepth } = item;
    switch (node.kind) {
      case Kind.DOCUMENT:
        for (const definition of node.definitions) stack.push({ node: definition, filterDepth });
        break;
      case Kind.OPERATION_DEFINITION:
      case Kind.FRAGMENT_DEFINITION:
      case Kind.INLINE_FRAGMENT:
        for (const selection of node.selectionSet.selections) stack.push({ node: selection, filterDepth });
        break;
      case Kind.FIELD:
        for (const argument of node.arguments ?? []) stack.push({ node: argument.value, filterDepth });
        for (const selection of node.selectionSet?.selections ?? []) stack.push({ node: selection, filterDepth });
        break;
      case Kind.LIST:
        for (const value of node.values) stack.push({ node: value, filterDepth });
        break;
      case Kind.OBJECT:
        for (const field of node.fields) {
          const depth = COMBINATORS.has(field.name.value) ? filterDepth + 1 : filterDepth;
          if (depth > maxFilterDepth) return filterDepthMessage(maxFilterDepth);
          stack.push({ node: field.value, filterDepth: depth });
        }
        break;
      default:
        break;
    }
  }
  return null;
}

function filterDepthMessage(maxFilterDepth: number): string {
  return `a filter nests AND, OR and NOT deeper than the limit of ${maxFilterDepth} levels (MAX_FILTER_DEPTH)`;
}

/** The error a request with input nested too deep gets: the client's mistake, 400. */
export function inputTooDeepError(where: string, problem: string): GraphQLError {
  return new GraphQLError(`The request's ${where} is refused: ${problem}.`, {
    extensions: { code: ErrorCode.BadUserInput, http: { status: 400 } },
  });
}
