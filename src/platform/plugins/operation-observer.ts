import type { ApolloServerPlugin } from '@apollo/server';

import { recordOfContext } from '../ops/request-record.js';

/**
 * Tells the request's record what only GraphQL knows: the operation's name and the codes of the
 * errors sent. Never the variables: they may hold what is not ours to log.
 */
export function operationObserverPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ contextValue }) {
      const record = recordOfContext(contextValue);
      if (!record) return;
      let named = false;
      return {
        async didResolveOperation({ operationName }) {
          record.operationNames.push(operationName ?? 'anonymous');
          named = true;
        },
        async willSendResponse({ request, response }) {
          // Refused before its operation was known (a parse or validation error): use the name the
          // client gave, if any; metrics check it before using it as a label.
          if (!named) record.operationNames.push(request.operationName ?? 'unknown');
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            record.errorCodes.push(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          }
        },
      };
    },
  };
}
