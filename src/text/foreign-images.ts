/**
 * Images of a body that are not the site's own: from other sites (which the Content-Security-Policy,
 * `img-src 'self'`, would block) or pasted in as data. The sanitizer keeps only the site's own images,
 * so these would never reach a reader: the editor refuses them with a message, and the sanitizer drops
 * them from every other source of HTML.
 */
import { Parser } from 'htmlparser2';

/** A path on this site, never `//host/…` or `/\host/…`, which browsers take for another site. */
export const isOwnImage = (src: string | undefined) => src !== undefined && /^\/(?![/\\])/.test(src.trim());

/** The `src` of every image in `html` that is not a path on this site, in order. */
export function foreignImages(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'img' && !isOwnImage(attributes.src)) found.push(attributes.src ?? '');
    },
  });
  parser.end(html);
  return found;
}
