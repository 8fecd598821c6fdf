import { GraphQLError } from 'graphql';

/** The stable `extensions.code` values clients can rely on. */
export enum ErrorCode {
  NotFound = 'NOT_FOUND',
  BadUserInput = 'BAD_USER_INPUT',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
  /** No API key where one is needed, or a key that is unknown or revoked. */
  Unauthenticated = 'UNAUTHENTICATED',
  /** A valid key whose role may not do this, such as a reader key on a mutation. */
  Forbidden = 'FORBIDDEN',
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

/** One bad field of an input object, named as in the schema (`grade`, `sourceUrl`). */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/**
 * An input object with one or more bad fields. `extensions.fieldErrors` lists every one, so a
 * client can show each message next to its field and fix them all at once.
 */
export class InvalidInputError extends GraphQLError {
  constructor(readonly fieldErrors: readonly FieldError[]) {
    super(`Invalid input: ${fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ')}.`, {
      extensions: { code: ErrorCode.BadUserInput, fieldErrors },
    });
  }
}

/**
 * The request needs an API key it did not send, or sent one that is unknown or revoked. `status`
 * is set when the whole request is refused (a bad key), not when one field needs a key.
 */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string, status?: 401) {
    super(message, {
      extensions: { code: ErrorCode.Unauthenticated, ...(status ? { http: { status } } : {}) },
    });
  }
}

/** The API key is valid but its role may not do this. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.Forbidden } });
  }
}
