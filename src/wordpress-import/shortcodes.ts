/**
 * WordPress's shortcodes and embeds as plain HTML: `[caption]` becomes a figure with its caption,
 * `[embed]`, embed blocks and oEmbed URLs alone on a line become a link (the site's policy allows no
 * third-party frames), and any other shortcode is left as text and named, so editors can look.
 */
const CAPTION = /\[(caption|wp_caption)\b[^\]]*\]([\s\S]*?)\[\/\1\]/gi;
const EMBED_SHORTCODE = /\[embed\b[^\]]*\]\s*(\S+?)\s*\[\/embed\]/gi;
const EMBED_BLOCK = /<!--\s*wp:(?:core-)?embed(?:\/[\w-]+)?\s+(\{[\s\S]*?\})\s*(?:\/)?-->(?:[\s\S]*?<!--\s*\/wp:(?:core-)?embed(?:\/[\w-]+)?\s*-->)?/gi;
const BLOCK_COMMENT = /<!--\s*\/?wp:[\s\S]*?-->/g;
const LONE_URL = /^[ \t]*(https?:\/\/[^\s<>"']+)[ \t]*$/gm;
/** A shortcode as WordPress would read one: `[name]`, `[name attr=…]`, `[name /]` or `[/name]`. */
const SHORTCODE = /\[\/?([a-z][\w-]*)(?:\s[^\]]*)?\/?\]/gi;
/** Bracketed words that are shortcodes only if closed (`[sic]` in a quote is not one). */
const CORE_SHORTCODES = new Set(['gallery', 'audio', 'video', 'playlist', 'caption', 'wp_caption', 'embed']);

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const link = (url: string) => `<p><a href="${escapeAttribute(url)}">${escapeAttribute(url)}</a></p>`;

/** Embed blocks become links; the other block comments are dropped (their HTML is the content). */
export function unwrapBlocks(content: string): string {
  return content
    .replace(EMBED_BLOCK, (_block, json: string) => {
      try {
        const url = (JSON.parse(json) as { url?: unknown }).url;
        return typeof url === 'string' && /^https?:\/\//.test(url) ? link(url) : '';
      } catch {
        return '';
      }
    })
    .replace(BLOCK_COMMENT, '')
    .replace(/\n\s*\n+/g, '\n');
}

/** `[caption]…[/caption]` → `<figure>img<figcaption>text</figcaption></figure>`: the image and what follows it. */
function captionToFigure(inner: string): string {
  const image = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner);
  if (!image) return inner;
  const caption = image[2]!.trim();
  return `<figure>${image[1]}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

/**
 * Classic content around its paragraphs: captions are set aside as block placeholders (so paragraphs
 * never wrap a figure), embeds and lone URLs become links; `paragraphs` splits the rest.
 */
export function convertClassic(content: string, paragraphs: (text: string) => string): string {
  const figures: string[] = [];
  const withPlaceholders = content
    .replace(CAPTION, (_all, _name, inner: string) => {
      figures.push(captionToFigure(inner));
      return `\n\n<div data-figure="${figures.length - 1}"></div>\n\n`;
    })
    .replace(EMBED_SHORTCODE, (_all, url: string) => `\n\n${link(url)}\n\n`)
    .replace(LONE_URL, (_all, url: string) => link(url));
  return paragraphs(withPlaceholders).replace(/<div data-figure="(\d+)"><\/div>/g, (_all, i: string) => figures[Number(i)]!);
}

/** Names of shortcodes left in converted content, each once. */
export function leftoverShortcodes(html: string): string[] {
  const found = new Set<string>();
  const closed = new Set([...html.matchAll(/\[\/([a-z][\w-]*)\]/gi)].map((m) => m[1]!.toLowerCase()));
  for (const match of html.matchAll(SHORTCODE)) {
    const name = match[1]!.toLowerCase();
    if (CORE_SHORTCODES.has(name) || closed.has(name) || /\s\w+=/.test(match[0])) found.add(name);
  }
  return [...found];
}
