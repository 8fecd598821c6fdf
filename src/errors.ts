import { GraphQLError } from 'graphql';

/** The stable `extensions.code` values clients can rely on. */
export enum ErrorCode {
  NotFound = 'NOT_FOUND',
  BadUserInput = 'BAD_USER_INPUT',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

/** One or more ids name nothing. `extensions.ids` lists them all, so a client can fix every one at once. */
export class NotFoundError extends GraphQLError {
  constructor(kind: string, ids: readonly string[]) {
    const list = ids.map((id) => `"${id}"`).join(', ');
    super(`No ${kind} with id ${list}.`, {
      extensions: { code: ErrorCode.NotFound, kind, ids },
    });
  }
}

/** An argument is well-formed but makes no sense, such as a grade that is not on a programme's scale. */
export class BadInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, {
      extensions: { code: ErrorCode.BadUserInput, ...(argument ? { argument } : {}) },
    });
  }
}
