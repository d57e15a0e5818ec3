/** The structured (pino) logger the server and everything it starts write to. */
import type { FastifyBaseLogger } from 'fastify';
import { type DestinationStream, pino } from 'pino';
import type { Config } from './config.ts';

export type Logger = FastifyBaseLogger;

/**
 * Credentials never reach the log: Fastify's request lines hold no headers, but anything that logs a
 * request's headers (an error with its request, a debug line) has these censored.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'request.headers.authorization',
  'request.headers.cookie',
  'res.headers["set-cookie"]',
];

/** `destination` is for tests that read what was logged. */
export function createLogger(level: Config['logLevel'], destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
