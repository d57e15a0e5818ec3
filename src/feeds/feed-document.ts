/**
 * A feed before it is written out: what RSS 2.0, Atom 1.0 and JSON Feed 1.1 all say, with absolute URLs
 * and real dates. The writers (`rss.ts`, `atom.ts`, `json-feed.ts`) only spell it in their format.
 */
export interface FeedImage {
  url: string;
  type: string;
  width: number;
  height: number;
  /** Size of the file; RSS enclosures must state it. */
  bytes: number;
  alt: string;
}

export interface FeedCategory {
  /** Its name in the feed's language. */
  label: string;
  /** A name that does not change with the language (the slug or ISO code). */
  term: string;
  /** The listing it names, which doubles as the category's scheme. */
  url: string;
}

export interface FeedEntry {
  /** Never changes, even when the title or the slug does. */
  id: string;
  url: string;
  title: string;
  summary: string;
  /** The whole body, sanitized, every link and image absolute, wrapped in its language and direction. */
  contentHtml: string;
  published: Date;
  updated: Date;
  categories: FeedCategory[];
  image: FeedImage | null;
}

export interface FeedDocument {
  language: string;
  title: string;
  description: string;
  /** The listing's page. */
  homeUrl: string;
  /** This feed's own address in each format. */
  selfUrls: { rss: string; atom: string; json: string };
  /** A WebSub hub, when one is configured. */
  hub: string | null;
  /** The newest entry's update, or when there is none, when the feed was made. */
  updated: Date;
  /** The organization, credited as every entry's author. */
  author: { name: string; url: string };
  icon: string;
  logo: string;
  entries: FeedEntry[];
}
