/**
 * Turns a path a visitor gave (a `next` after sign-in, the page a survey answer came from) into a
 * Location header that stays on this site and that Node can send: parsed as a URL, it must keep this
 * origin and a path starting with a single slash, and comes back percent-encoded (Arabic slugs
 * included), so a redirect can neither lead elsewhere nor fail with a 500 on a character headers
 * cannot carry.
 */

/** Never contacted: only the origin a parsed target must keep. */
const HERE = 'http://diwan.invalid';

/**
 * Control characters are refused rather than dropped: the URL parser and browsers strip tabs and
 * newlines, which turns `/\n/evil.example` into `//evil.example`. Backslashes read as slashes.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
const REFUSED = /[\u0000-\u001f\u007f\\]/;

/** `raw` parsed, its parts percent-encoded, or null when it is not a path of this site. */
export function localUrl(raw: string): URL | null {
  if (!raw.startsWith('/') || REFUSED.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, HERE);
  } catch {
    return null;
  }
  // Dot segments are resolved by the parser: `/.//evil.example` becomes `//evil.example`.
  return url.origin === HERE && !url.pathname.startsWith('//') ? url : null;
}

/** The percent-encoded path, query and fragment of `raw`, or null when it is not a path of this site. */
export function localTarget(raw: string): string | null {
  const url = localUrl(raw);
  return url && `${url.pathname}${url.search}${url.hash}`;
}
