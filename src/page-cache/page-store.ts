/**
 * Rendered pages in memory, the least recently used (nearly: CLOCK's second chance) first out when the byte budget is spent, each
 * tagged with the content keys it shows so a change drops exactly the pages that show it.
 */
import { createHash } from 'node:crypto';
import type { OutgoingHttpHeaders } from 'node:http';
import type { ContentChange } from '../changes/index.ts';
import { type Encoding, encode } from './compression.ts';

export interface CachedPage {
  body: Buffer;
  /** Strong validator of the identity body; encoded bodies add a suffix (see etagFor). */
  etag: string;
  /** The rendered answer's own headers (type, security policy, Surrogate-Key), replayed on hits. */
  headers: Record<string, string>;
  keys: string[];
  encoded: Map<Encoding, Promise<Buffer>>;
  /** The page in each coding made so far, with its answer's headers (see representation.ts). */
  variants: Map<Encoding | 'identity', Variant>;
  /** Asked for since the evictions last passed it (the "second chance" of the CLOCK algorithm). */
  used: boolean;
}

/** One coding of a page: its body and the headers of its 200 and its 304, written once. */
export interface Variant {
  body: Buffer;
  full: OutgoingHttpHeaders;
  notModified: OutgoingHttpHeaders;
}

export interface PageStoreStats {
  pages: number;
  bytes: number;
}

export interface PageStore {
  get(url: string): CachedPage | undefined;
  /** Stores unless a change arrived since `generation` was read: the page may show the old content. */
  put(url: string, page: CachedPage, generation: number): void;
  /** Bumped by every change; read it before rendering and hand it back to `put`. */
  generation(): number;
  apply(change: ContentChange): void;
  /** The body in an encoding, compressed once per page on the thread pool. */
  bodyIn(page: CachedPage, encoding: Encoding): Promise<Buffer>;
  stats(): PageStoreStats;
}

export function etagFor(page: CachedPage, encoding: Encoding | 'identity'): string {
  return encoding === 'identity' ? page.etag : `${page.etag.slice(0, -1)}-${encoding}"`;
}

export function cachedPage(body: Buffer, headers: Record<string, string>, surrogateKey: string): CachedPage {
  return {
    body,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    headers,
    keys: surrogateKey.split(' ').filter(Boolean),
    encoded: new Map(),
    variants: new Map(),
    used: false,
  };
}

/**
 * Search result pages are as many as the searches readers make: at most this many are kept (the least
 * recently used, nearly, go first), so searches never push articles and listings out of the cache.
 */
export const MAX_SEARCH_PAGES = 500;
const isSearchPage = (url: string) => url.includes('/search?');

export function createPageStore(maxBytes: number, maxSearchPages = MAX_SEARCH_PAGES): PageStore {
  const pages = new Map<string, CachedPage>();
  const searchPages = new Set<string>();
  const byKey = new Map<string, Set<string>>();
  let bytes = 0;
  let generation = 0;

  const sizeOf = (page: CachedPage) => page.body.length * 2; // room for the compressed copies

  function remove(url: string) {
    const page = pages.get(url);
    if (!page) return;
    pages.delete(url);
    searchPages.delete(url);
    bytes -= sizeOf(page);
    for (const key of page.keys) {
      const urls = byKey.get(key);
      urls?.delete(url);
      if (urls?.size === 0) byKey.delete(key);
    }
  }

  /** The oldest page not asked for since the last pass leaves; those asked for go to the back, unmarked. */
  function evictOne() {
    for (;;) {
      const [url, page] = pages.entries().next().value!;
      if (!page.used) return remove(url);
      page.used = false;
      pages.delete(url);
      pages.set(url, page);
    }
  }

  /** The same second chance among search pages, which leave by their own bound. */
  function evictSearchPage() {
    for (;;) {
      const url = searchPages.values().next().value!;
      const page = pages.get(url)!;
      if (!page.used) return remove(url);
      page.used = false;
      searchPages.delete(url);
      searchPages.add(url);
    }
  }

  return {
    // A hit only marks its page. Moving it to the back of the map on every hit, as a strict LRU
    // would, made V8 rebuild the map's table in the old generation: garbage that cost a full
    // collection every second or two under load (measured with --trace-gc).
    get(url) {
      const page = pages.get(url);
      if (page) page.used = true;
      return page;
    },

    put(url, page, since) {
      if (since !== generation || sizeOf(page) > maxBytes) return;
      remove(url);
      pages.set(url, page);
      bytes += sizeOf(page);
      for (const key of page.keys) {
        let urls = byKey.get(key);
        if (!urls) {
          urls = new Set();
          byKey.set(key, urls);
        }
        urls.add(url);
      }
      if (isSearchPage(url)) searchPages.add(url);
      // Search results are as many as queries: the oldest not asked for since leave first, so they never crowd out the site's pages.
      while (searchPages.size > maxSearchPages) evictSearchPage();
      while (bytes > maxBytes) evictOne();
    },

    generation: () => generation,

    apply(change) {
      generation++;
      if ('everything' in change) {
        pages.clear();
        searchPages.clear();
        byKey.clear();
        bytes = 0;
        return;
      }
      for (const key of change.keys) for (const url of [...(byKey.get(key) ?? [])]) remove(url);
    },

    bodyIn(page, encoding) {
      let encoded = page.encoded.get(encoding);
      if (!encoded) {
        encoded = encode(page.body, encoding);
        page.encoded.set(encoding, encoded);
      }
      return encoded;
    },

    stats: () => ({ pages: pages.size, bytes }),
  };
}
