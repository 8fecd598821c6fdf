import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';

import proxyAddr from 'proxy-addr';

import { apiKeyFromHeaders } from '../../auth/service.js';
import type { Config } from '../config.js';

/**
 * Who a request is from, for rate limits and logs: its API key if it sends one (`x-api-key`, or
 * `Authorization: Bearer`), else its address. Keys are hashed so no secret ends up in Redis, in
 * memory or in a log line. A key that does not exist is refused (401) by authentication; the rate
 * limit also counts such failures per address (see rate-limit.ts), so inventing keys does not buy
 * a client fresh budgets.
 */
export interface ClientKeys {
  clientKeyOf(req: IncomingMessage): string;
  /** The client's address (with TRUST_PROXY, as the balancer reports it). */
  addressKeyOf(req: IncomingMessage): string;
  hasApiKey(req: IncomingMessage): boolean;
}

/** Reads TRUST_PROXY as Express's `trust proxy` setting does: true, a hop count, or addresses and subnets. */
export function createClientKeys(trustProxy: Config['trustProxy']): ClientKeys {
  const trusted = trustFunction(trustProxy);
  const addressKeyOf = (req: IncomingMessage) => `ip:${addressBlock(proxyAddr(req, trusted))}`;
  return {
    clientKeyOf(req) {
      const apiKey = apiKeyFromHeaders(req.headers);
      return apiKey ? `key:${sha256(apiKey)}` : addressKeyOf(req);
    },
    addressKeyOf,
    hasApiKey: (req) => apiKeyFromHeaders(req.headers) !== undefined,
  };
}

function trustFunction(trustProxy: Config['trustProxy']): (address: string, hop: number) => boolean {
  if (trustProxy === true) return () => true;
  if (trustProxy === false) return () => false;
  if (typeof trustProxy === 'number') return (_address, hop) => hop < trustProxy;
  return proxyAddr.compile(trustProxy.split(',').map((entry) => entry.trim()));
}

/** A short, stable, non-reversible name for a client in log lines. */
export function clientLabel(key: string): string {
  return sha256(key).slice(0, 12);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/**
 * The address itself for IPv4; for IPv6 its /64 network, since one subscriber is usually given a
 * whole /64 and could otherwise take a fresh address (and a fresh budget) for every request.
 */
export function addressBlock(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
