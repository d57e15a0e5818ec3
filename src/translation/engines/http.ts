/**
 * HTTP calls to translation APIs: a deadline per attempt, retries with exponential backoff (honouring
 * Retry-After) on 429 and 5xx, and every failure mapped to an EngineError code.
 */
import { EngineError, type EngineId } from './engine.ts';

export interface CallOptions {
  timeoutMs: number;
  /** Attempts after the first one, on 429, 5xx and network failures. */
  retries: number;
  /** First backoff; doubled at each retry. */
  backoffMs: number;
}

export const DEFAULT_CALL_OPTIONS: CallOptions = { timeoutMs: 20_000, retries: 3, backoffMs: 500 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function retryAfterMs(response: Response, fallback: number): number {
  const header = response.headers.get('retry-after');
  if (!header) return fallback;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.min(seconds * 1000, 60_000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? fallback : Math.min(Math.max(0, date - Date.now()), 60_000);
}

function codeForStatus(status: number) {
  if (status === 401 || status === 403) return 'auth_failed' as const;
  if (status === 429) return 'rate_limited' as const;
  if (status === 456) return 'quota_exceeded' as const; // DeepL: the account's character quota is used up.
  if (status >= 500) return 'unavailable' as const;
  return 'rejected' as const;
}

/** Sends a request and returns its JSON body; throws EngineError once retries are spent. */
export async function callJson(engine: EngineId, url: string, init: RequestInit, options: CallOptions = DEFAULT_CALL_OPTIONS): Promise<unknown> {
  let backoff = options.backoffMs;
  for (let attempt = 0; ; attempt++) {
    const last = attempt >= options.retries;
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      if (last) throw new EngineError(engine, timedOut ? 'timeout' : 'unavailable', (error as Error).message);
      await sleep(backoff);
      backoff *= 2;
      continue;
    }
    if (response.ok) {
      try {
        return await response.json();
      } catch {
        throw new EngineError(engine, 'bad_response', `answered ${response.status} with a body that is not JSON`);
      }
    }
    const code = codeForStatus(response.status);
    const detail = (await response.text().catch(() => '')).slice(0, 300);
    if ((code === 'rate_limited' || code === 'unavailable') && !last) {
      await sleep(retryAfterMs(response, backoff));
      backoff *= 2;
      continue;
    }
    throw new EngineError(engine, code, `HTTP ${response.status} ${detail}`);
  }
}
