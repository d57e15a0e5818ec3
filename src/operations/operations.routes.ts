/**
 * For load balancers and monitoring: `/healthz` (the process answers), `/readyz` (the database
 * answers and its schema is current) and `/metrics` (Prometheus, behind a bearer token).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../http/app-error.ts';
import type { Metrics } from './metrics.ts';

export interface OperationsDeps {
  metrics: Metrics;
  metricsToken: string | null;
  /** Resolves when the database answers and no migration is pending; rejects with the reason. */
  checkDatabase(): Promise<void>;
}

const noStore = { 'cache-control': 'no-store' };

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function operationsRoutes({ metrics, metricsToken, checkDatabase }: OperationsDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/healthz', async (_request, reply) => reply.headers(noStore).send({ status: 'ok' }));

    app.get('/readyz', async (request, reply) => {
      try {
        await checkDatabase();
        return reply.headers(noStore).send({ status: 'ready' });
      } catch (error) {
        request.log.warn({ err: error }, 'not ready');
        return reply
          .code(503)
          .headers(noStore)
          .send({ status: 'unavailable', reason: (error as Error).message });
      }
    });

    app.get('/metrics', async (request, reply) => {
      if (!metricsToken) throw new AppError('metrics.off', 'Metrics are off; set METRICS_TOKEN to turn them on');
      const given = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
      if (!sameToken(given, metricsToken)) {
        reply.header('www-authenticate', 'Bearer');
        throw new AppError('metrics.unauthorized', 'A valid METRICS_TOKEN bearer token is required');
      }
      return reply
        .headers(noStore)
        .type(metrics.registry.contentType)
        .send(await metrics.registry.metrics());
    });
  };
}
