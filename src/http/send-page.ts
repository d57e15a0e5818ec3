/** Every public page leaves through here, naming the content it shows (see changes/content-keys). */
import type { FastifyReply } from 'fastify';

export const SURROGATE_KEY = 'surrogate-key';

export function sendPage(reply: FastifyReply, html: string, contentKeys: Iterable<string>): FastifyReply {
  return reply
    .type('text/html; charset=utf-8')
    .header(SURROGATE_KEY, [...new Set(contentKeys)].join(' '))
    .send(html);
}
