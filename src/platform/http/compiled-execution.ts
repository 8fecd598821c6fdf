import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  type DocumentNode,
  type ExecutionResult,
  getNamedType,
  GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  getVariableValues,
  isInputObjectType,
  Kind,
  print,
  printSchema,
  typeFromAST,
  visit,
} from 'graphql';
import { compileQuery, type CompiledQuery, isCompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/**
 * Executes operations compiled by graphql-jit rather than interpreted by graphql-js: each document
 * is compiled once into a function that resolves and completes its fields without graphql-js's
 * per-field work (argument coercion, resolve info, type checks), several times faster for answers
 * of thousands of fields. Apollo Server 5 takes a custom executor only as a "gateway" (Apollo Server
 * PR 7981, graphql-jit issue 219), which this is: it hands Apollo the schema and the executor.
 *
 * Variables are coerced by graphql-js, as without the compiler: a bad variable gets graphql-js's own
 * error, which Apollo answers as BAD_USER_INPUT with status 400. graphql-jit's own variable parsing
 * recurses without end on a recursive input type (GradeWhere's AND, OR and NOT), so the document
 * it compiles declares variables of input object types as `JSON`, a scalar it passes through, and
 * it is handed the values graphql-js coerced for them.
 *
 */
const PASS_THROUGH = { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'JSON' } } as const;

/**
 * The document graphql-jit compiles: each variable of an input object type (or a list of them) is
 * declared `JSON`, which it passes through, to be handed the value graphql-js coerced.
 */
function forCompiler(schema: GraphQLSchema, document: DocumentNode): { document: DocumentNode; passed: Set<string> } {
  const passed = new Set<string>();
  const compiled = visit(document, {
    VariableDefinition(definition) {
      const type = typeFromAST(schema, definition.type);
      if (!type || !isInputObjectType(getNamedType(type))) return undefined;
      passed.add(definition.variable.name.value);
      return { ...definition, type: PASS_THROUGH, defaultValue: undefined };
    },
  });
  return { document: compiled, passed };
}

/** The parts of an error of graphql-jit's own class that Apollo reads. */
interface JitError {
  readonly message: string;
  readonly nodes?: GraphQLError['nodes'];
  readonly path?: GraphQLError['path'];
  readonly originalError?: Error | null;
}

/**
 * graphql-jit's errors are of a class of its own, not graphql's, so Apollo would not find their
 * codes: each becomes a graphql error, keeping the extensions (the code) of the error a resolver threw.
 */
function asGraphQLError(error: JitError): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const original = error.originalError ?? undefined;
  const extensions = original instanceof GraphQLError ? original.extensions : undefined;
  return new GraphQLError(error.message, { nodes: error.nodes, path: error.path, originalError: original, extensions });
}

interface Compiled {
  readonly query: CompiledQuery | ExecutionResult;
  /** The variables it is handed as graphql-js coerced them; the others as the client sent them. */
  readonly passed: ReadonlySet<string>;
}

export interface OperationToRun {
  readonly document: DocumentNode;
  readonly operationName: string | undefined;
  readonly operation: OperationDefinitionNode;
  /** As the client sent them. */
  readonly variables: Record<string, unknown>;
  readonly context: unknown;
}

/**
 * Heap a compiled query holds per character of its query's text: about 360 bytes, measured on the
 * benchmark's queries (a 203-character query compiled to about 74 KB of heap); rounded up.
 */
const COMPILED_BYTES_PER_QUERY_CHARACTER = 400;

/**
 * Runs operations compiled once per query, for Apollo (`gateway`) and for direct-execution.ts. The
 * compiled queries are kept by their query text, least recently used first out, within `maxBytes`
 * as estimated from the text's length: clients choose the texts, and each compiled query holds
 * generated code many times the size of its text.
 */
export class CompiledOperations {
  private readonly compiled: LRUCache<string, Compiled>;

  constructor(
    private readonly schema: GraphQLSchema,
    maxBytes: number,
  ) {
    this.compiled = new LRUCache<string, Compiled>({
      maxSize: maxBytes,
      sizeCalculation: (_compiled, key) => Math.max(1, key.length * COMPILED_BYTES_PER_QUERY_CHARACTER),
    });
  }

  async execute({ document, operationName, operation, variables, context }: OperationToRun): Promise<ExecutionResult> {
    const checked = getVariableValues(this.schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (checked.errors) return { errors: checked.errors };
    const { query, passed } = this.compile(document, operationName);
    if (!isCompiledQuery(query)) return query;
    const handed: Record<string, unknown> = { ...variables };
    for (const name of passed) handed[name] = checked.coerced[name];
    const result = await query.query(undefined, context, handed);
    return result.errors ? { ...result, errors: (result.errors as readonly JitError[]).map(asGraphQLError) } : result;
  }

  /** Apollo Server's way in for a custom executor. */
  gateway(): GatewayInterface {
    const executor: GatewayExecutor = ({ document, operationName, operation, request, context }) =>
      this.execute({
        document,
        operationName: operationName ?? undefined,
        operation,
        variables: request.variables ?? {},
        context,
      });
    const { schema } = this;
    return {
      onSchemaLoadOrUpdate(callback) {
        callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
        return () => undefined;
      },
      load: async () => ({ executor }),
      stop: async () => undefined,
    };
  }

  private compile(document: DocumentNode, operationName: string | undefined): Compiled {
    // The printed document names it exactly (Apollo hands the same query text the same document).
    const key = `${operationName ?? ''}\n${document.loc?.source.body ?? print(document)}`;
    let entry = this.compiled.get(key);
    if (!entry) {
      const prepared = forCompiler(this.schema, document);
      entry = { query: compileQuery(this.schema, prepared.document, operationName), passed: prepared.passed };
      this.compiled.set(key, entry);
    }
    return entry;
  }
}
