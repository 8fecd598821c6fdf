import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';

/**
 * The cost of an operation: an estimate of how many objects it can make the server fetch and send,
 * counting list sizes rather than fields, as GitHub's GraphQL API does. Each object costs 1 and
 * scalars cost nothing; a list multiplies the cost of one item by the most items it can hold:
 *
 *   { forces { name inspections { id } } }  costs  43 × (1 + 10 × 1) = 473
 *
 * A list's size is its `first`, `last` or `limit` argument where it has one (defaults included);
 * else the size below, an upper bound of today's data with room to grow; else 10. A Relay
 * connection multiplies its whole selection by its `first`, and its `nodes`/`edges` count once.
 */
const FORCES = 43; // the territorial police forces of England and Wales
const LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.forces': FORCES,
  'Query.forcesWithGrade': FORCES,
  'Query.rankForces': FORCES,
  'Query.gradeChanges': FORCES * 12, // a change per force and linked area
  'Query.gradeStats': 100,
  'Query.programmes': 10,
  'Query.regions': 12,
  'Force.inspections': 10,
  'Programme.areas': 12,
  'Comparison.areas': 12,
  'ComparisonRow.cells': 12,
  'Inspection.grades': 12,
  'GradeRecord.amendments': 3,
  'Distribution.counts': 5,
  // One row per requested force: counted on `Query.compareForces`, which multiplies its whole
  // selection by the number of forces asked for (duplicates included).
  'Comparison.rows': 1,
};
const DEFAULT_LIST_SIZE = 10;

const sizeArgument = (args: Record<string, unknown>): number | undefined => {
  for (const name of ['first', 'last', 'limit']) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
  }
  return undefined;
};

/**
 * A filter is tested against every grade, so each of its conditions costs as much as ten objects
 * returned: every nested filter, every operator, and every item of an `in` or `notIn` list.
 */
export const FILTER_CONDITION_COST = 10;

/** The conditions of a coerced filter (its nesting is already bounded: input-depth.ts). */
export function filterConditions(where: unknown): number {
  if (typeof where !== 'object' || where === null) return 0;
  if (Array.isArray(where)) return where.reduce((sum: number, item) => sum + Math.max(1, filterConditions(item)), 0);
  return Object.values(where).reduce((sum: number, value) => sum + 1 + filterConditions(value), 0);
}

export const listSizeEstimator: ComplexityEstimator = (options) =>
  FILTER_CONDITION_COST * filterConditions(options.args.where) + selectionCost(options);

function selectionCost({ type, field, args, childComplexity }: Parameters<ComplexityEstimator>[0]): number {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return 0;
  const coordinate = `${type.name}.${field.name}`;
  if (coordinate === 'Query.compareForces') {
    // Without `forces`, every force: one row each.
    const forces = Array.isArray(args.forces) ? args.forces.length : args.forces == null ? FORCES : 1;
    return 1 + Math.max(1, forces) * childComplexity;
  }
  if (!isListType(getNullableType(field.type))) {
    const pageSize = named.name.endsWith('Connection') ? sizeArgument(args) : undefined;
    return 1 + (pageSize ?? 1) * childComplexity;
  }
  const inConnection = type.name.endsWith('Connection') && (field.name === 'nodes' || field.name === 'edges');
  const size = inConnection ? 1 : (sizeArgument(args) ?? LIST_SIZES[coordinate] ?? DEFAULT_LIST_SIZE);
  return size * (1 + childComplexity);
}

export function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [listSizeEstimator] });
}

export const COST_CODE = 'QUERY_TOO_COSTLY';

/**
 * The costs of operations, remembered: a cost depends only on the query, the operation and the
 * variables, so costing the same again is wasted work on every request. The memory is bounded in
 * bytes, since its keys are clients' queries and variables.
 */
export class QueryCosts {
  private readonly remembered: LRUCache<string, number>;

  constructor(
    readonly limit: number,
    memoryBytes: number,
  ) {
    this.remembered = new LRUCache<string, number>({
      maxSize: memoryBytes,
      sizeCalculation: (_cost, key) => key.length * 2 + 64,
    });
  }

  /**
   * The operation's cost; undefined when its variables do not fit its arguments (execution then
   * refuses them with a clear message, so there is nothing to cost). Throws QUERY_TOO_COSTLY for a
   * document with too many selections once its fragments are expanded (the library stops counting
   * past 10,000: fragments spread inside fragments can multiply a short document into millions).
   */
  of(
    schema: GraphQLSchema,
    document: DocumentNode,
    queryHash: string,
    operationName: string | undefined,
    variables: Record<string, unknown> | undefined,
  ): number | undefined {
    const key = `${queryHash}:${operationName ?? ''}:${JSON.stringify(variables ?? {})}`;
    const known = this.remembered.get(key);
    if (known !== undefined) return known;
    try {
      const cost = costOf(schema, document, variables, operationName);
      this.remembered.set(key, cost);
      return cost;
    } catch (error) {
      if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
        throw this.refusal('This query has too many selections once its fragments are expanded.');
      }
      return undefined;
    }
  }

  refusal(message: string, requested?: number): GraphQLError {
    return new GraphQLError(message, {
      extensions: {
        code: COST_CODE,
        ...(requested === undefined ? {} : { cost: { requested, limit: this.limit } }),
        http: { status: 400 },
      },
    });
  }

  /** What every answer says of its operation's cost. */
  extension(requested: number): { requested: number; limit: number } {
    return { requested, limit: this.limit };
  }
}

/**
 * Refuses operations that cost more than the limit, before they run, and tells every client what its
 * operation cost in the response's `extensions.cost: { requested, limit }`.
 */
export function queryCostPlugin(costs: QueryCosts): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let requested: number | undefined;
      return {
        async didResolveOperation({ schema, document, request, queryHash }) {
          requested = costs.of(schema, document, queryHash, request.operationName ?? undefined, request.variables);
          if (requested !== undefined && requested > costs.limit) {
            throw costs.refusal(
              `This query's cost, ${requested}, is over the limit of ${costs.limit}. Cost counts the objects a ` +
                'query can return: ask for fewer forces or lists, or fewer nested lists.',
              requested,
            );
          }
        },
        async willSendResponse({ response }) {
          if (requested === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const cost = costs.extension(requested);
          result.extensions = result.extensions ? { ...result.extensions, cost } : { cost };
        },
      };
    },
  };
}
