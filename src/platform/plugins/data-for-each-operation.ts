import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';

import type { Context } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import { DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../ops/database-outage.js';

/**
 * Gives each operation its data (`Context.takeData`) once it is known to run: `responseForOperation`
 * hooks run once the operation is parsed, validated and within its cost, so a refused request costs
 * no statement. When the database cannot be reached, the operation is answered as an outage (503)
 * without running.
 */
export function dataForEachOperation(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ contextValue }) {
          try {
            await contextValue.takeData();
            return null;
          } catch (error) {
            if (!isDatabaseUnavailable(error)) throw error;
            logger.warn({ err: error }, 'database unavailable');
            const unavailable = { message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: DATABASE_UNAVAILABLE } };
            return {
              http: { status: 503, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: { errors: [unavailable] } },
            };
          }
        },
      };
    },
  };
}
