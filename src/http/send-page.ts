/** Every public page leaves through here, naming the content it shows (see changes/content-keys). */
import type { FastifyReply } from 'fastify';

export const SURROGATE_KEY = 'surrogate-key';

/** `type` is for pages that are not HTML (feeds, robots.txt): they are kept and purged like any other. */
export function sendPage(reply: FastifyReply, body: string, contentKeys: Iterable<string>, type = 'text/html; charset=utf-8'): FastifyReply {
  return reply
    .type(type)
    .header(SURROGATE_KEY, [...new Set(contentKeys)].join(' '))
    .send(body);
}
