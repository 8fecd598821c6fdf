import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

import { ErrorCode } from '../errors.js';
import { formatPartialDate, parsePartialDate, type PartialDate } from '../../peel-data/partial-date.js';

function parseOrThrow(value: unknown): PartialDate {
  const parsed = typeof value === 'string' ? parsePartialDate(value) : null;
  if (!parsed) {
    throw new GraphQLError(
      `Date must be a real calendar date written YYYY-MM-DD or YYYY-MM; got ${JSON.stringify(value)}.`,
      { extensions: { code: ErrorCode.BadUserInput } },
    );
  }
  return parsed;
}

export const DateScalar = new GraphQLScalarType<PartialDate, string>({
  name: 'Date',
  serialize: (value) => formatPartialDate(value as PartialDate),
  parseValue: parseOrThrow,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string written YYYY-MM-DD or YYYY-MM.', {
        extensions: { code: ErrorCode.BadUserInput },
      });
    }
    return parseOrThrow(ast.value);
  },
});
