import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQueryable,
  Transaction,
} from '@prisma/driver-adapter-utils';

/**
 * Counts the SQL statements Prisma sends. Tests read the count around one request to prove that a
 * request costs the database nothing but the data version, whatever the size of its answer (the
 * model of the data answers it), and the benchmark reports statements per request the same way. Counting wraps the driver adapter, below
 * Prisma, so it sees every statement actually sent, including those of `include`s and transactions.
 *
 * The count is process-wide, not per request: Prisma's client runs its queries outside the
 * caller's async context, so AsyncLocalStorage cannot attribute them. Read it around requests
 * sent one at a time.
 */
export class StatementCounter {
  count = 0;
}

function counted<Q extends SqlQueryable>(queryable: Q, counter: StatementCounter): Q {
  return new Proxy(queryable, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (property === 'queryRaw' || property === 'executeRaw') {
        return (...args: unknown[]) => {
          counter.count += 1;
          return method.apply(target, args);
        };
      }
      if (property === 'startTransaction') {
        return async (...args: unknown[]) => counted((await method.apply(target, args)) as Transaction, counter);
      }
      return method.bind(target);
    },
  });
}

export function countingAdapter<F extends SqlDriverAdapterFactory>(factory: F, counter: StatementCounter): F {
  return new Proxy(factory, {
    get(target, property, receiver) {
      if (property === 'connect') {
        return async () => counted((await target.connect()) as SqlDriverAdapter, counter);
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
