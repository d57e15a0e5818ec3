/** Public URL paths, language first. Every link on the site is made here so routes and links cannot drift apart. */
const segment = encodeURIComponent;

export const paths = {
  home: (language: string) => `/${language}/`,
  article: (language: string, slug: string) => `/${language}/news/${segment(slug)}`,
  section: (language: string, slug: string) => `/${language}/sections/${segment(slug)}`,
  tag: (language: string, slug: string) => `/${language}/tags/${segment(slug)}`,
  memberStates: (language: string) => `/${language}/member-states`,
  memberState: (language: string, code: string) => `/${language}/member-states/${code.toLowerCase()}`,
  privacy: (language: string) => `/${language}/privacy`,
  search: (language: string) => `/${language}/search`,
  media: (file: string) => `/media/${file}`,
};

/** Adds `?page=N` for pages after the first, so page 1 has a single URL. */
export function withPage(path: string, page: number): string {
  return page > 1 ? `${path}?page=${page}` : path;
}
