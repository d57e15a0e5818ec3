/**
 * One HTTP POST of a webhook: through the address guard, within a deadline (15 s), never following a
 * redirect, keeping only the first bytes of the answer for the delivery log.
 */
import http from 'node:http';
import https from 'node:https';
import { guardedLookup, targetProblem, UnsafeTargetError } from './address-guard.ts';

export const DELIVERY_TIMEOUT_MS = 15_000;
const EXCERPT_BYTES = 512;

export interface DeliveryAnswer {
  /** Null when no answer came: refused, unreachable, timed out, or an unsafe target. */
  status: number | null;
  latencyMs: number;
  excerpt: string;
  error: string | null;
}

export interface DeliveryOptions {
  allowPrivate: boolean;
  timeoutMs?: number;
}

/** Control characters out, so the log shows what it shows as text. */
const printable = (text: string) =>
  Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    return (code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f ? '\uFFFD' : char;
  }).join('');

export function postWebhook(url: string, headers: Record<string, string>, body: string, options: DeliveryOptions): Promise<DeliveryAnswer> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const problem = targetProblem(url, options.allowPrivate);
  if (problem) return Promise.resolve({ status: null, latencyMs: 0, excerpt: '', error: `unsafe target: ${problem}` });
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'Diwan-Webhooks/1' },
        lookup: guardedLookup(options.allowPrivate),
        // A fresh connection each time: a pooled socket would skip the lookup, and with it the check.
        agent: false,
        signal: AbortSignal.timeout(options.timeoutMs ?? DELIVERY_TIMEOUT_MS),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const finish = () => {
          resolve({
            status: response.statusCode ?? null,
            latencyMs: elapsed(),
            excerpt: printable(Buffer.concat(chunks).toString('utf8').slice(0, EXCERPT_BYTES)),
            error: null,
          });
        };
        response.on('data', (chunk: Buffer) => {
          if (size < EXCERPT_BYTES) chunks.push(chunk.subarray(0, EXCERPT_BYTES - size));
          size += chunk.length;
          // The rest of a long answer is of no use to anyone.
          if (size >= EXCERPT_BYTES) response.destroy();
        });
        response.on('end', finish);
        response.on('close', finish);
        response.on('error', finish);
      },
    );
    request.on('error', (error) => {
      const reason =
        error instanceof UnsafeTargetError
          ? `unsafe target: ${error.message}`
          : error.name === 'TimeoutError' || error.name === 'AbortError'
            ? 'timed out'
            : error.message;
      resolve({ status: null, latencyMs: elapsed(), excerpt: '', error: reason });
    });
    request.end(body);
  });
}
