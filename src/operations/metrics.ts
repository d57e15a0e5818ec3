/**
 * Prometheus metrics: request duration by route, page cache hits and misses, database pool, survey
 * answers, translation engine calls and memory hits, and Node's own (event loop lag, memory). One
 * registry per app, so two instances in one test process do not mix their counts.
 */
import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  pageCacheLookups: Counter<'result'>;
  requestDuration: Histogram<'method' | 'route' | 'status'>;
  feedbackSubmissions: Counter<'result'>;
  engineCalls: Counter<'engine' | 'result'>;
  engineCharacters: Counter<'engine'>;
  memoryLookups: Counter<'engine' | 'result'>;
}

/** Route label of pages answered from the page cache, before any route matched. */
export const PAGE_CACHE_ROUTE = '(page cache)';

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export function createMetrics(options: { pool: () => PoolStats | null; cachedPages: () => { pages: number; bytes: number } }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'diwan_' });
  const pageCacheLookups = new Counter({
    name: 'diwan_page_cache_lookups_total',
    help: 'Public page requests answered from the page cache (hit) or rendered (miss).',
    labelNames: ['result'],
    registers: [registry],
  });
  new Gauge({
    name: 'diwan_page_cache_pages',
    help: 'Rendered pages held in memory.',
    registers: [registry],
    collect() {
      this.set(options.cachedPages().pages);
    },
  });
  new Gauge({
    name: 'diwan_page_cache_bytes',
    help: 'Bytes the page cache accounts for.',
    registers: [registry],
    collect() {
      this.set(options.cachedPages().bytes);
    },
  });
  new Gauge({
    name: 'diwan_db_pool_connections',
    help: 'PostgreSQL pool connections by state (absent on SQLite).',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const pool = options.pool();
      if (!pool) return;
      this.set({ state: 'total' }, pool.total);
      this.set({ state: 'idle' }, pool.idle);
      this.set({ state: 'waiting' }, pool.waiting);
    },
  });
  const requestDuration = new Histogram({
    name: 'diwan_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const feedbackSubmissions = new Counter({
    name: 'diwan_feedback_submissions_total',
    help: 'Survey answers by result: saved, or the reason they were refused.',
    labelNames: ['result'],
    registers: [registry],
  });
  const engineCalls = new Counter({
    name: 'diwan_translation_engine_calls_total',
    help: 'Calls to machine translation engines, by engine and result (ok or an error code).',
    labelNames: ['engine', 'result'],
    registers: [registry],
  });
  const engineCharacters = new Counter({
    name: 'diwan_translation_characters_total',
    help: 'Characters sent to machine translation engines.',
    labelNames: ['engine'],
    registers: [registry],
  });
  const memoryLookups = new Counter({
    name: 'diwan_translation_memory_lookups_total',
    help: 'Segments looked up in the translation memory, by engine and result (hit or miss).',
    labelNames: ['engine', 'result'],
    registers: [registry],
  });
  return { registry, pageCacheLookups, requestDuration, feedbackSubmissions, engineCalls, engineCharacters, memoryLookups };
}

/**
 * Counts and times a page answered from the page cache. The labelled series are looked up once, not
 * on every hit: hashing the labels cost a kept page a measurable share of its time.
 */
export function countHit(metrics: Metrics): (method: string, status: number, seconds: number) => void {
  const hits = metrics.pageCacheLookups.labels('hit');
  const durations = new Map<string, ReturnType<Metrics['requestDuration']['labels']>>();
  return (method, status, seconds) => {
    hits.inc();
    const key = `${method} ${status}`;
    let duration = durations.get(key);
    if (!duration) {
      duration = metrics.requestDuration.labels(method, PAGE_CACHE_ROUTE, String(status));
      durations.set(key, duration);
    }
    duration.observe(seconds);
  };
}

/** Times every request, labelled by route pattern (never the raw URL: that would be unbounded). */
export function measureRequests(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    metrics.requestDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
}
