/**
 * Fetching an image that is not in the uploads folder, from the address the export gives: http(s)
 * only, at most a few redirects, a size and a time limit, and only from public addresses. The address
 * is checked where the connection is made (in DNS lookup), so a name that resolves to a private or
 * loopback address is refused too, and cannot be swapped for one between the check and the connection.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net, { type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  /** Only for tests against a server on this machine. */
  allowPrivateAddresses?: boolean;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { maxBytes: 20 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 3 };

export class FetchRefused extends Error {
  override name = 'FetchRefused';
}

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return parsed.range() === 'unicast';
}

function publicOnlyLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as dns.LookupAddress[];
      const refused = list.find((entry) => !allowPrivate && !isPublicAddress(entry.address));
      if (refused) return callback(new FetchRefused(`${hostname} resolves to ${refused.address}, which is not a public address`), '', 0);
      if (options.all) return callback(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

function getOnce(url: URL, limits: FetchLimits, signal: AbortSignal): Promise<{ redirect: string } | { body: Buffer }> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.get(url, { lookup: publicOnlyLookup(limits.allowPrivateAddresses === true), signal }, (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        return resolve({ redirect: new URL(response.headers.location, url).href });
      }
      if (status !== 200) {
        response.resume();
        return reject(new FetchRefused(`${url.href} answered ${status}`));
      }
      const declared = Number(response.headers['content-length'] ?? 0);
      if (declared > limits.maxBytes) {
        response.destroy();
        return reject(new FetchRefused(`${url.href} is ${declared} bytes, over the limit of ${limits.maxBytes}`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes) {
          response.destroy();
          reject(new FetchRefused(`${url.href} sends more than ${limits.maxBytes} bytes`));
        } else chunks.push(chunk);
      });
      response.on('end', () => resolve({ body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

/** The bytes at `address`, or a FetchRefused saying why not. */
export async function fetchPublic(address: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<Buffer> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchRefused(`"${address}" is not an address`);
  }
  for (let redirects = 0; ; redirects++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused(`${url.href} is not http or https`);
    // An address written as such is never looked up, so it is checked here.
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (net.isIP(literal) && !limits.allowPrivateAddresses && !isPublicAddress(literal))
      throw new FetchRefused(`${url.href}: ${literal} is not a public address`);
    const answer = await getOnce(url, limits, signal).catch((error: Error) => {
      throw error instanceof FetchRefused
        ? error
        : new FetchRefused(`${url.href}: ${signal.aborted ? `no answer within ${limits.timeoutMs} ms` : error.message}`);
    });
    if ('body' in answer) return answer.body;
    if (redirects >= limits.maxRedirects) throw new FetchRefused(`${address} redirects more than ${limits.maxRedirects} times`);
    url = new URL(answer.redirect);
  }
}
