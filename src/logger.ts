/** The structured (pino) logger the server and everything it starts write to. */
import type { FastifyBaseLogger } from 'fastify';
import { pino } from 'pino';
import type { Config } from './config.ts';

export type Logger = FastifyBaseLogger;

export function createLogger(level: Config['logLevel']): Logger {
  return pino({ level });
}
