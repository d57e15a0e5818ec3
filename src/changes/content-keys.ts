/**
 * Names for the pieces of content a page shows. A page is tagged with the keys of what is on it
 * (sent as its `Surrogate-Key` header, so a CDN can purge by story too), and a change names the keys
 * it touches; the page cache drops exactly the pages sharing a key with the change.
 */
export const contentKeys = {
  story: (storyId: number) => `story-${storyId}`,
  /** Every page of a language's home page. */
  home: (language: string) => `home-${language}`,
  /** The "Latest articles" aside on a language's article pages. */
  latest: (language: string) => `latest-${language}`,
  /** Listings of a section or tag. */
  term: (termId: number) => `term-${termId}`,
  memberState: (code: string) => `member-state-${code.toLowerCase()}`,
  /** The index of Member States, with its story counts. */
  memberStates: (language: string) => `member-states-${language}`,
  /** What shows only the site's settings (the web app manifest, robots.txt): dropped with "everything". */
  settings: 'settings',
};

/** A change to published content: the keys it touches, or everything (settings, menus, languages). */
export type ContentChange = { keys: string[] } | { everything: true };

export function changeOfEverything(): ContentChange {
  return { everything: true };
}
