/**
 * How many URLs one sitemap file holds. The protocol allows 50,000 URLs and 50 MB (uncompressed) per
 * file, and the index is written before the files, so the split is fixed by an upper bound of an
 * entry's size rather than measured: every URL is at most the origin plus `MAX_PATH_BYTES` (a slug is at
 * most 80 UTF-16 units, each at most 9 bytes percent-encoded, plus a short suffix and the language and
 * `/news/`), and an entry carries one alternate per language plus `x-default`.
 */
export const MAX_URLS = 50_000;
export const MAX_BYTES = 50 * 1024 * 1024;
const MAX_PATH_BYTES = 800;
/** `<url><loc></loc><lastmod>…</lastmod></url>` around the location. */
const ENTRY_BYTES = 80;
/** `<xhtml:link rel="alternate" hreflang="…" href=""/>` around each alternate's URL, with a language tag of up to 35 characters. */
const ALTERNATE_BYTES = 90;
/** The XML declaration, `<urlset>` with its namespaces and `</urlset>`. */
const FRAME_BYTES = 400;

export interface SitemapLimits {
  maxUrls: number;
  maxBytes: number;
}

export const PROTOCOL_LIMITS: SitemapLimits = { maxUrls: MAX_URLS, maxBytes: MAX_BYTES };

/** URLs per file for a site whose origin is `origin` and whose pages exist in at most `languages` languages. */
export function urlsPerFile(origin: string, languages: number, limits: SitemapLimits = PROTOCOL_LIMITS): number {
  const url = Buffer.byteLength(origin) + MAX_PATH_BYTES;
  const entry = ENTRY_BYTES + url + (languages + 1) * (ALTERNATE_BYTES + url);
  return Math.max(1, Math.min(limits.maxUrls, Math.floor((limits.maxBytes - FRAME_BYTES) / entry)));
}
