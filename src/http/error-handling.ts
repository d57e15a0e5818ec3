/**
 * One place turns every failure into an answer: a localized HTML page for visitors, or a JSON body
 * `{ error: { code, message } }` for API clients. 5xx details go to the log, never to the visitor.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { negotiateLanguage } from '../i18n/negotiate.ts';
import { AppError, type ErrorCode } from './app-error.ts';

export interface ErrorPages {
  languages(): { available: readonly string[]; fallback: string };
  render(spec: { language: string; kind: 'notFound' | 'badRequest' | 'server'; requestId: string | null }): Promise<string>;
}

interface Classified {
  status: number;
  code: ErrorCode;
  message: string;
}

function classify(error: FastifyError | AppError | Error): Classified {
  if (error instanceof AppError) return { status: error.status, code: error.code, message: error.message };
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) return { status: 400, code: 'request.invalid', message: error.message };
  const status = fastifyError.statusCode ?? 500;
  if (status === 413) return { status, code: 'request.too_large', message: error.message };
  if (status === 415) return { status, code: 'request.unsupported_media_type', message: error.message };
  if (status === 404) return { status, code: 'page.not_found', message: error.message };
  if (status >= 400 && status < 500) return { status, code: 'request.invalid', message: error.message };
  return { status: 500, code: 'internal', message: 'Internal server error' };
}

/**
 * The API answers JSON; pages answer HTML unless the client prefers JSON. Link checkers and curl accept
 * any type, which takes the first choice: the localized page.
 */
function wantsJson(request: FastifyRequest): boolean {
  if (request.url.startsWith('/api/')) return true;
  return new Negotiator({ headers: { accept: request.headers.accept ?? 'text/html' } }).mediaType(ANSWER_TYPES) === 'application/json';
}

const ANSWER_TYPES = ['text/html', 'application/json'];

/** The page's language from its URL, else the visitor's preference, else the site's default. */
function languageOf(request: FastifyRequest, pages: ErrorPages): string {
  const { available, fallback } = pages.languages();
  const first = request.url.split(/[/?#]/)[1] ?? '';
  if (available.includes(first)) return first;
  return negotiateLanguage(request.headers['accept-language'], available, fallback);
}

async function respond(request: FastifyRequest, reply: FastifyReply, pages: ErrorPages, failure: Classified) {
  reply.code(failure.status);
  if (failure.status >= 500) reply.header('cache-control', 'no-store');
  if (wantsJson(request)) return reply.send({ error: { code: failure.code, message: failure.message } });
  const kind = failure.status === 404 ? 'notFound' : failure.status >= 500 ? 'server' : 'badRequest';
  const html = await pages.render({ language: languageOf(request, pages), kind, requestId: request.id });
  return reply.type('text/html; charset=utf-8').send(html);
}

export interface ErrorResponder {
  sendError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply>;
  sendNotFound(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply>;
  /** Answers a 301 when the address moved (see `MovedPages`); false when it did not. */
  sendMoved(request: FastifyRequest, reply: FastifyReply): Promise<boolean>;
}

/** Where an address that is not found here moved (an imported site's old addresses), or null. */
export type MovedPages = (rawUrl: string) => Promise<string | null>;

/**
 * A 301 to where a page that is not found here moved, if it did. Asked only once nothing else answered,
 * so pages that exist never wait for it.
 */
async function sendMoved(request: FastifyRequest, reply: FastifyReply, moved: MovedPages | undefined): Promise<boolean> {
  if (!moved || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
  const location = await moved(request.url).catch((error: unknown) => {
    request.log.error({ err: error }, 'redirect lookup failed');
    return null;
  });
  if (location === null) return false;
  await reply.code(301).header('location', location).header('cache-control', 'public, max-age=86400').send();
  return true;
}

export function createErrorResponder(pages: ErrorPages, moved?: MovedPages): ErrorResponder {
  return {
    sendMoved: (request, reply) => sendMoved(request, reply, moved),
    async sendNotFound(request, reply) {
      if (await sendMoved(request, reply, moved)) return reply;
      return respond(request, reply, pages, { status: 404, code: 'page.not_found', message: `No page at ${request.method} ${request.url.slice(0, 200)}` });
    },
    async sendError(error, request, reply) {
      const failure = classify(error);
      if (failure.status === 404 && (await sendMoved(request, reply, moved))) return reply;
      if (failure.status >= 500) request.log.error({ err: error }, 'request failed');
      else request.log.info({ code: failure.code, reason: error.message }, 'request refused');
      try {
        return await respond(request, reply, pages, failure);
      } catch (renderError) {
        request.log.error({ err: renderError }, 'error page failed to render');
        return reply.code(failure.status).type('text/plain; charset=utf-8').send(failure.message);
      }
    },
  };
}

export function registerErrorHandling(app: FastifyInstance, responder: ErrorResponder): void {
  app.setNotFoundHandler((request, reply) => responder.sendNotFound(request, reply));
  app.setErrorHandler((error: FastifyError, request, reply) => responder.sendError(error, request, reply));
}
