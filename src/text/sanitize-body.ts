/**
 * The allow-list every article body passes through before it is stored: structure and inline
 * emphasis, links and images; no script, style, event handlers or script-bearing URLs.
 */
import sanitizeHtml from 'sanitize-html';

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
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
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
  return {
    ...OPTIONS,
    transformTags: {
      a: (tagName, attribs) => {
        const linked = link(tagName, attribs);
        return { ...linked, attribs: { ...linked.attribs, ...(attribs.href ? { href: absolute(attribs.href, baseUrl)! } : {}) } };
      },
      img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, ...(attribs.src ? { src: absolute(attribs.src, baseUrl)! } : {}) } }),
    },
  };
}

export function sanitizeBody(html: string, options: { baseUrl?: string } = {}): string {
  return sanitizeHtml(html, optionsFor(options.baseUrl)).trim();
}
