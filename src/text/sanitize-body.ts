/**
 * The allow-list every article body passes through before it is stored: structure and inline
 * emphasis, links and images; no script, style, event handlers or script-bearing URLs.
 */
import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import { isOwnImage } from './foreign-images.ts';

/** No article nests this deep (a list in a list in a list is three); deeper HTML comes from a machine or an attack. */
export const MAX_BODY_DEPTH = 100;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'ul',
    'ol',
    'li',
    'blockquote',
    'figure',
    'figcaption',
    'img',
    'a',
    'strong',
    'em',
    'b',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'br',
    'hr',
    'span',
    'bdi',
    'bdo',
    'abbr',
    'cite',
    'q',
    'code',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'caption',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'hreflang', 'rel', 'target'],
    img: ['src', 'alt', 'width', 'height', 'loading'],
    abbr: ['title'],
    th: ['scope', 'colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    '*': ['dir', 'lang', 'translate'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Images come from this site only (see foreign-images.ts): the security policy would block any other.
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  exclusiveFilter: (frame) => frame.tag === 'img' && !isOwnImage(frame.attribs.src),
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: attribs.target === '_blank' ? 'noopener noreferrer' : 'noopener' },
    }),
  },
};

/** A URL made absolute against `base`; one that cannot be read is left as it was (the allow-list already vetted it). */
function absolute(value: string | undefined, base: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** With `baseUrl`, links and images come out absolute, for HTML read away from the site (feeds). */
function optionsFor(baseUrl: string | undefined): sanitizeHtml.IOptions {
  if (!baseUrl) return OPTIONS;
  const link = OPTIONS.transformTags!.a as sanitizeHtml.Transformer;
  const site = new URL('/', baseUrl).href;
  return {
    ...OPTIONS,
    // The site's own images, made absolute below, are still its own.
    allowedSchemesByTag: { img: ['https', 'http'] },
    exclusiveFilter: (frame) => frame.tag === 'img' && !isOwnImage(frame.attribs.src) && !frame.attribs.src?.startsWith(site),
    transformTags: {
      a: (tagName, attribs) => {
        const linked = link(tagName, attribs);
        return { ...linked, attribs: { ...linked.attribs, ...(attribs.href ? { href: absolute(attribs.href, baseUrl)! } : {}) } };
      },
      img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, ...(attribs.src ? { src: absolute(attribs.src, baseUrl)! } : {}) } }),
    },
  };
}

/**
 * Where `html` first nests deeper than MAX_BODY_DEPTH (the offset of that tag), or null. The HTML parser's cost grows with
 * the square of the depth (60,000 nested `<b>` held the server for seconds), so this pass stops there and is always cheap.
 */
export function excessNestingAt(html: string): number | null {
  let depth = 0;
  let at: number | null = null;
  const parser = new Parser({
    onopentag() {
      depth += 1;
      if (depth > MAX_BODY_DEPTH && at === null) {
        at = parser.startIndex;
        parser.pause();
      }
    },
    onclosetag() {
      depth -= 1;
    },
  });
  parser.end(html);
  return at;
}

/** `html` up to where it first nests deeper than MAX_BODY_DEPTH: all of it for any real article. Cheap to parse, whatever came in. */
export function withinNestingLimit(html: string): string {
  const cut = excessNestingAt(html);
  return cut === null ? html : html.slice(0, cut);
}

/**
 * Safe HTML for any input, in time proportional to its length: a body nested past MAX_BODY_DEPTH ends where it does.
 * The editor refuses such a body with a message first (`excessNestingAt`); imports and engines get the safe part.
 */
export function sanitizeBody(html: string, options: { baseUrl?: string } = {}): string {
  return sanitizeHtml(withinNestingLimit(html), optionsFor(options.baseUrl)).trim();
}
