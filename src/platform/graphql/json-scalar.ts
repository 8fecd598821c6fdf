import { GraphQLScalarType } from 'graphql';

/**
 * Any JSON value, sent as is. Only output uses it (audit entries' `before` and `after`); as input it
 * would take any value, so no argument is typed with it.
 */
export const JsonScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  serialize: (value) => value,
});
