import type { ServerResponse } from 'node:http';

import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import {
  type DocumentNode,
  getOperationAST,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
  type ValidationRule,
  visit,
  BREAK,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';

import { apiKeyFromHeaders } from '../../auth/service.js';
import type { Context } from '../graphql/context.js';
import { recordOfResponse } from '../ops/request-record.js';
import { cacheControl } from '../plugins/caching-header.js';
import { literalNestingProblem } from '../security/input-depth.js';
import type { QueryCosts } from '../security/query-cost.js';
import type { CompiledOperations } from './compiled-execution.js';
import type { PipelineRequest } from './pipeline.js';

/**
 * The common request, answered without Apollo Server's request pipeline: an anonymous POST of a
 * query, without extensions, whose document parses and validates with the same rules and limits
 * Apollo applies, costs no more than the limit, and runs without an error. Apollo's pipeline (its
 * plugins, request contexts, error formatting) costs several times what running a small compiled
 * query does, and such requests are most of what a public read-only API gets.
 *
 * Anything else goes to Apollo, which answers exactly as it would have: a document that does not
 * validate, a mutation, an API key, an over-cost query, a variable that does not coerce, or any
 * error while running (queries change nothing, so running one again through Apollo is safe). So
 * every refusal and every error is still Apollo's, and an answer given here is the answer Apollo
 * would give, byte for byte (tests/direct-execution.test.ts compares them).
 */
export interface DirectExecutionOptions {
  readonly schema: GraphQLSchema;
  readonly operations: CompiledOperations;
  readonly costs: QueryCosts;
  /** The validation rules Apollo runs besides graphql's own (depth, aliases, directives). */
  readonly validationRules: readonly ValidationRule[];
  readonly maxTokens: number;
  readonly maxFilterDepth: number;
  readonly introspection: boolean;
  /** The `max-age` of the answers' `Cache-Control`; 0: `no-store`. */
  readonly maxAgeSeconds: number;
  /** Parsed documents, bounded in bytes: their keys are clients' queries. */
  readonly documentBytes: number;
}

/** A document checked once: the operations it may run directly, or why it may not. */
type Vetted = { readonly document: DocumentNode } | { readonly refused: true };

/** Heap a parsed document holds per character of its query's text: about 86 bytes (measured), rounded up. */
const BYTES_PER_QUERY_CHARACTER = 100;

const APPLICATION_JSON = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';
const JSON_CALLBACK = 'application/json; callbackSpec=1.0; charset=utf-8';

/** The content type Apollo would answer with for this `Accept`, or null when only Apollo can say (406). */
function contentTypeFor(accept: string | undefined): string | null {
  if (!accept) return APPLICATION_JSON;
  const preferred = new Negotiator({ headers: { accept } }).mediaType([
    APPLICATION_JSON,
    GRAPHQL_RESPONSE_JSON,
    JSON_CALLBACK,
  ]);
  return preferred ?? null;
}

/** Whether a document asks anything of introspection but `__typename`. */
function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(field) {
      if (field.name.value.startsWith('__') && field.name.value !== '__typename') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

export class DirectExecution {
  private readonly vetted: LRUCache<string, Vetted>;
  private readonly rules: readonly ValidationRule[];

  constructor(private readonly options: DirectExecutionOptions) {
    this.vetted = new LRUCache<string, Vetted>({
      maxSize: options.documentBytes,
      sizeCalculation: (_vetted, query) => Math.max(1, query.length * BYTES_PER_QUERY_CHARACTER),
    });
    this.rules = [...specifiedRules, ...options.validationRules];
  }

  /**
   * The answer to `req`, or undefined when Apollo must answer it. `context` builds the request's
   * context, as for Apollo.
   */
  async answer(
    req: PipelineRequest,
    res: ServerResponse,
    context: () => Promise<Context>,
  ): Promise<HTTPGraphQLResponse | undefined> {
    const body = req.body as Record<string, unknown> | undefined;
    if (req.method !== 'POST' || typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
    const { query, operationName, variables } = body;
    if (typeof query !== 'string' || 'extensions' in body) return undefined;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables)))
      return undefined;
    if (apiKeyFromHeaders(req.headers) !== undefined) return undefined;
    const contentType = contentTypeFor(req.headers.accept);
    if (contentType === null) return undefined;

    const vetted = this.vet(query);
    if (!('document' in vetted)) return undefined;
    const name = typeof operationName === 'string' ? operationName : undefined;
    const operation = getOperationAST(vetted.document, name);
    if (!operation || operation.operation !== 'query') return undefined;
    const variableValues = (variables ?? {}) as Record<string, unknown>;
    let requested: number | undefined;
    try {
      requested = this.options.costs.of(this.options.schema, vetted.document, query, name, variableValues);
    } catch {
      return undefined;
    }
    if (requested === undefined || requested > this.options.costs.limit) return undefined;

    const result = await this.run(vetted.document, name, operation, variableValues, context);
    if (!result) return undefined;
    recordOfResponse(res)?.operationNames.push(operation.name?.value ?? 'anonymous');
    const headers = new HeaderMap([
      // An anonymous query answered without errors: as cacheable as Apollo's answer to it.
      ['cache-control', cacheControl(this.options.maxAgeSeconds)],
      ['content-type', contentType],
    ]);
    const answer = { data: result, extensions: { cost: this.options.costs.extension(requested) } };
    return { status: undefined, headers, body: { kind: 'complete', string: `${JSON.stringify(answer)}\n` } };
  }

  /** The data of the operation, or undefined if anything went wrong (Apollo then answers). */
  private async run(
    document: DocumentNode,
    operationName: string | undefined,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
    makeContext: () => Promise<Context>,
  ): Promise<unknown> {
    try {
      const context = await makeContext();
      await context.takeData();
      const result = await this.options.operations.execute({ document, operationName, operation, variables, context });
      return result.errors ? undefined : result.data;
    } catch {
      return undefined;
    }
  }

  /** Parses and validates a query once, as Apollo would; refused documents are left to Apollo. */
  private vet(query: string): Vetted {
    const known = this.vetted.get(query);
    if (known) return known;
    let vetted: Vetted = { refused: true };
    try {
      const document = parse(query, { maxTokens: this.options.maxTokens });
      const ok =
        validate(this.options.schema, document, this.rules).length === 0 &&
        (this.options.introspection || !introspects(document)) &&
        literalNestingProblem(document, this.options.maxFilterDepth) === null &&
        document.definitions.every((d) => d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION);
      if (ok) vetted = { document };
    } catch {
      // A syntax error, or too many tokens: Apollo says which.
    }
    this.vetted.set(query, vetted);
    return vetted;
  }
}
