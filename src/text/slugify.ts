/**
 * Slugs from titles in any script: letters and digits of every language are kept (so Arabic titles
 * give Arabic slugs), marks (accents, Arabic short vowels) and tatweel are dropped, everything else
 * becomes a hyphen.
 */
const MAX_LENGTH = 80;

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.length > MAX_LENGTH ? slug.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '') : slug;
  return cut || 'story';
}
