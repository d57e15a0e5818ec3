/**
 * Writes WordPress exports of any size for tests and the benchmark, in the shape WordPress 6.1 with
 * Polylang writes them (see test/fixtures/wordpress): posts in translation groups of one per language,
 * categories and tags, featured images. Streams to the file, so a large export costs no memory.
 */

import { once } from 'node:events';
import fs from 'node:fs';

export interface GeneratedExport {
  posts: number;
  languages: string[];
  /** Posts with a featured image, one image each (files named `img-N.jpg` under uploads/2024/01/). */
  images: number;
  /** Replaces a post's content (by index), for crafted cases. */
  content?: (index: number) => string;
  /** False leaves Polylang's taxonomies out, as a WPML site's export has none. */
  polylang?: boolean;
}

const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const SITE = 'https://generated.example.org';

function phpGroup(members: Record<string, number>): string {
  const entries = Object.entries(members);
  return `a:${entries.length}:{${entries.map(([language, id]) => `s:${Buffer.byteLength(language)}:"${language}";i:${id};`).join('')}}`;
}

function header(spec: GeneratedExport): string {
  const languageTerms = spec.languages
    .map(
      (language, i) =>
        `<wp:term><wp:term_id>${i + 1}</wp:term_id><wp:term_taxonomy>language</wp:term_taxonomy><wp:term_slug>${language}</wp:term_slug><wp:term_name>${language}</wp:term_name></wp:term>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Generated</title><link>${SITE}</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>${SITE}</wp:base_site_url><wp:base_blog_url>${SITE}</wp:base_blog_url>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login>${cdata('desk')}</wp:author_login><wp:author_email>${cdata('desk@generated.example.org')}</wp:author_email><wp:author_display_name>${cdata('Desk')}</wp:author_display_name></wp:author>
<wp:category><wp:term_id>100</wp:term_id><wp:category_nicename>news</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>${cdata('News')}</wp:cat_name></wp:category>
<wp:tag><wp:term_id>200</wp:term_id><wp:tag_slug>generated</wp:tag_slug><wp:tag_name>${cdata('generated')}</wp:tag_name></wp:tag>
${languageTerms}
`;
}

function post(spec: GeneratedExport, index: number): string {
  const language = spec.languages[index % spec.languages.length]!;
  const group = Math.floor(index / spec.languages.length);
  const id = 1000 + index * 2;
  const day = String((index % 28) + 1).padStart(2, '0');
  const slug = `post-${index}-${language}`;
  const image = index < spec.images ? id + 1 : 0;
  const content =
    spec.content?.(index) ??
    `<!-- wp:paragraph -->\n<p>Paragraph one of post ${index} in ${language}, with <strong>emphasis</strong> and a <a href="${SITE}/2024/01/${day}/post-0-${spec.languages[0]}/">link</a>.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>${'Lorem ipsum dolor sit amet. '.repeat(20)}</p>\n<!-- /wp:paragraph -->`;
  const attachment = image
    ? `<item><title>img-${index}</title><link>${SITE}/?attachment_id=${image}</link><guid isPermaLink="false">${SITE}/wp-content/uploads/2024/01/img-${index}.jpg</guid><wp:post_id>${image}</wp:post_id><wp:post_date_gmt>2024-01-${day} 10:00:00</wp:post_date_gmt><wp:status>inherit</wp:status><wp:post_parent>${id}</wp:post_parent><wp:post_type>attachment</wp:post_type><wp:attachment_url>${SITE}/wp-content/uploads/2024/01/img-${index}.jpg</wp:attachment_url><wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>${cdata(`2024/01/img-${index}.jpg`)}</wp:meta_value></wp:postmeta><wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>${cdata(`Picture ${index}`)}</wp:meta_value></wp:postmeta></item>\n`
    : '';
  const members = Object.fromEntries(spec.languages.map((l, i) => [l, 1000 + (group * spec.languages.length + i) * 2]));
  const polylang = spec.polylang !== false;
  const groupTerm =
    polylang && index % spec.languages.length === 0
      ? `<wp:term><wp:term_id>${100000 + group}</wp:term_id><wp:term_taxonomy>post_translations</wp:term_taxonomy><wp:term_slug>pll_${group}</wp:term_slug><wp:term_name>pll_${group}</wp:term_name><wp:term_description>${cdata(phpGroup(members))}</wp:term_description></wp:term>\n`
      : '';
  return `${groupTerm}${attachment}<item><title>${cdata(`Post ${index} in ${language}`)}</title><link>${SITE}/${language === spec.languages[0] ? '' : `${language}/`}2024/01/${day}/${slug}/</link><dc:creator>${cdata('desk')}</dc:creator><guid isPermaLink="false">${SITE}/?p=${id}</guid><content:encoded>${cdata(content)}</content:encoded><excerpt:encoded>${cdata('')}</excerpt:encoded><wp:post_id>${id}</wp:post_id><wp:post_date>${cdata(`2024-01-${day} 10:00:00`)}</wp:post_date><wp:post_date_gmt>${cdata(`2024-01-${day} 10:00:00`)}</wp:post_date_gmt><wp:post_modified_gmt>${cdata(`2024-01-${day} 10:00:00`)}</wp:post_modified_gmt><wp:post_name>${cdata(slug)}</wp:post_name><wp:status>${cdata('publish')}</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>${cdata('post')}</wp:post_type><category domain="category" nicename="news">${cdata('News')}</category><category domain="post_tag" nicename="generated">${cdata('generated')}</category>${polylang ? `<category domain="language" nicename="${language}">${cdata(language)}</category><category domain="post_translations" nicename="pll_${group}">${cdata(`pll_${group}`)}</category>` : ''}${image ? `<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${image}</wp:meta_value></wp:postmeta>` : ''}</item>\n`;
}

/** Writes the export to `file`, waiting on the stream's back-pressure. */
export async function writeGeneratedExport(file: string, spec: GeneratedExport): Promise<void> {
  const out = fs.createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(header(spec));
  for (let i = 0; i < spec.posts; i++) await write(post(spec, i));
  out.end('</channel>\n</rss>\n');
  await once(out, 'finish');
}

/** An export holding one post of the given content (broken HTML, a crafted case). */
export function oneExport(content: string, extra: { title?: string; language?: string } = {}): string {
  const spec: GeneratedExport = { posts: 1, languages: [extra.language ?? 'en'], images: 0, content: () => content };
  const item = post(spec, 0).replace(cdata('Post 0 in en'), cdata(extra.title ?? 'Post 0 in en'));
  return `${header(spec)}${item}</channel>\n</rss>\n`;
}
