/**
 * Keeps webhooks from being pointed at the newsroom's own network (server-side request forgery): an
 * endpoint must be https: and every address its name resolves to must be public — no loopback,
 * private, carrier-grade NAT, link-local (cloud metadata at 169.254.169.254), unique-local, multicast or
 * reserved range. The check happens when a delivery connects, on the very addresses the connection then
 * uses (a `lookup` for the socket), so a name that resolves elsewhere later cannot slip past it.
 * `WEBHOOKS_ALLOW_PRIVATE=true` lifts the address check and allows http:, for tests and intranets.
 */
import dns from 'node:dns';
import net, { type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

export class UnsafeTargetError extends Error {
  override name = 'UnsafeTargetError';
}

/** Public unicast only: ipaddr.js names every special-purpose range (RFC 6890) and calls the rest `unicast`. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** What is wrong with an endpoint address before any lookup; null when it may be tried. */
export function targetProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not an absolute URL';
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) return 'must start with https://';
  if (url.username || url.password) return 'must not hold a user name or password';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost'))) return 'points at this machine';
  if (!allowPrivate && net.isIP(host) && !isPublicAddress(host)) return 'points at a private or reserved address';
  return null;
}

/** A socket `lookup` that refuses names resolving to any non-public address (all of them are checked). */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const refused = allowPrivate ? undefined : addresses.find((entry) => !isPublicAddress(entry.address));
      if (refused) return callback(new UnsafeTargetError(`${hostname} resolves to ${refused.address}, which is not a public address`), '', 4);
      if (options.all) return (callback as unknown as (e: null, all: dns.LookupAddress[]) => void)(null, addresses);
      const [first] = addresses;
      if (!first) return callback(new UnsafeTargetError(`${hostname} has no address`), '', 4);
      callback(null, first.address, first.family);
    });
  };
}
