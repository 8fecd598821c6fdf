import { createHash } from 'node:crypto';

/**
 * The key of a request: the data version, the `Accept` header (it chooses the response's content
 * type) and the whole JSON body (query, variables, operation name, extensions). Bodies that differ
 * only in spacing or key order are different keys: a miss, never a wrong answer.
 */
export function responseKey(dataVersion: string, accept: string | undefined, body: unknown): string {
  const hash = createHash('sha256').update(JSON.stringify(body)).digest('base64url');
  return `${dataVersion}:${accept ?? ''}:${hash}`;
}
