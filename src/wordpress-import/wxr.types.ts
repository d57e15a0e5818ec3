/** What a WordPress export holds, as the reader hands it out. Names follow WXR's elements. */

export interface WxrChannel {
  wxrVersion: string;
  /** `wp:base_site_url`: the site's address, which permalinks and GUIDs start with. */
  baseSiteUrl: string;
  baseBlogUrl: string;
  title: string;
}

export interface WxrAuthor {
  id: number;
  login: string;
  email: string;
  displayName: string;
}

/** A `wp:category`, `wp:tag` or `wp:term` (Polylang's `language`, `post_translations`, `term_translations`, …). */
export interface WxrTerm {
  id: number;
  taxonomy: string;
  slug: string;
  /** The parent's slug, or empty. */
  parent: string;
  name: string;
  description: string;
}

export interface WxrItem {
  id: number;
  title: string;
  /** The permalink. */
  link: string;
  guid: string;
  /** The author's login. */
  creator: string;
  content: string;
  excerpt: string;
  /** Local time, `YYYY-MM-DD HH:MM:SS`. */
  date: string;
  /** UTC, or `0000-00-00 00:00:00` for drafts never saved with a date. */
  dateGmt: string;
  modifiedGmt: string;
  /** Slug, percent-encoded in lower case; empty for drafts. */
  name: string;
  status: string;
  type: string;
  parent: number;
  attachmentUrl: string;
  /** Categories, tags and Polylang's taxonomies: `<category domain nicename>name</category>`. */
  terms: { domain: string; nicename: string; name: string }[];
  meta: Map<string, string>;
  comments: number;
}

export type WxrRecord = { type: 'author'; author: WxrAuthor } | { type: 'term'; term: WxrTerm } | { type: 'item'; item: WxrItem };
