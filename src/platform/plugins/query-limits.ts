import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';

import type { Config } from '../config.js';

/** Nobody needs more: the schema has none of its own; `@include`/`@skip` are the only ones. */
const MAX_DIRECTIVES = 50;

/**
 * Armor reports its refusals as "Syntax Error: …", which they are not. Report them as plain
 * validation errors (Apollo gives them the code GRAPHQL_VALIDATION_FAILED and HTTP 400).
 */
const report = (context: ValidationContext | null, error: GraphQLError): void => {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
};

/**
 * The shape limits every operation must fit before it runs:
 * - tokens: graphql's own parser stops counting past MAX_TOKENS and refuses the document, so a body
 *   of thousands of selections is turned away before it is ever parsed whole;
 * - depth (MAX_DEPTH, fragments flattened, introspection's own nesting not counted), aliases
 *   (MAX_ALIASES) and directives: validation rules from graphql-armor.
 * Armor's token and cost protections are off: graphql's parser limit checks tokens sooner, and
 * query-cost.ts counts list sizes, which armor's cost limit does not.
 */
export function queryLimits(limits: Config['limits']): {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
} {
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: false }, // Apollo's hideSchemaDetailsFromClientErrors does it
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [report],
    },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [report] },
    maxDirectives: { n: MAX_DIRECTIVES, propagateOnRejection: false, onReject: [report] },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules,
    // `as` safe because: armor ships CommonJS only, so its types name @apollo/server's CommonJS
    // declarations, which differ from the ESM ones only by a private brand on HeaderMap; its
    // plugins are plain objects of hooks that never touch a HeaderMap.
    plugins: plugins as unknown as ApolloServerPlugin[],
  };
}
