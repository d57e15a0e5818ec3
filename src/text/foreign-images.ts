/**
 * Images a body would load from other sites. The site's Content-Security-Policy lets pages show only
 * their own images (`img-src 'self'`), so such an image would be blocked in every reader's browser:
 * the editor refuses it with a message, and the sanitizer drops it for every other source of HTML.
 */
import { Parser } from 'htmlparser2';

/** A path on this site, never `//host/…` or `/\host/…`, which browsers take for another site. */
export const isOwnImage = (src: string | undefined) => src !== undefined && /^\/(?![/\\])/.test(src.trim());

/** The `src` of every image in `html` that does not come from this site, in order. */
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
