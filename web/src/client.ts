import { cacheExchange, createClient, fetchExchange } from '@urql/preact';

/**
 * The API on the page's own origin. urql's document cache keeps each answer by operation and
 * variables: going back to an earlier view asks nothing. Queries go as POST with a JSON body (urql
 * would otherwise send short ones as GET): the API's documented way, and what its response cache
 * and cost limits are tuned for.
 */
export const client = createClient({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
});
