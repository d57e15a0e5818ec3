/**
 * A post's content as a Diwan body: block comments or classic paragraphs turned into HTML, images
 * moved into the media library (the site's policy serves images only from itself), links to other
 * imported posts pointed at their Diwan addresses, and the result cleaned by the editor's sanitizer.
 */
import render from 'dom-serializer';
import type { Document, Element } from 'domhandler';
import { findAll, removeElement, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { sanitizeBody } from '../text/sanitize-body.ts';
import { autop } from './autop.ts';
import { convertClassic, leftoverShortcodes, unwrapBlocks } from './shortcodes.ts';

export interface LibraryImage {
  src: string;
  width: number;
  height: number;
}

export interface BodyResolver {
  /** The library image for an `<img>` (its `wp-image-N` attachment, if it names one); null when it cannot be had. */
  image(src: string, attachmentId: number | null): Promise<LibraryImage | null>;
  /** The Diwan address of a link to another post, or null to leave the link as it is. */
  link(href: string): string | null;
}

export interface ConvertedBody {
  html: string;
  shortcodes: string[];
  /** Images kept without alt text. */
  imagesWithoutAlt: string[];
  /** Images that could not be had, and were left out. */
  imagesDropped: string[];
}

const isBlockContent = (content: string) => /<!--\s*wp:/.test(content);

export async function convertBody(content: string, resolver: BodyResolver): Promise<ConvertedBody> {
  const html = isBlockContent(content) ? unwrapBlocks(content) : convertClassic(content, autop);
  const document = parseDocument(html, { decodeEntities: true });
  const result: ConvertedBody = { html: '', shortcodes: leftoverShortcodes(html), imagesWithoutAlt: [], imagesDropped: [] };
  for (const img of findAll((node) => node.name === 'img', document.children) as Element[]) {
    const src = img.attribs.src ?? '';
    const attachment = /\bwp-image-(\d+)\b/.exec(img.attribs.class ?? '')?.[1];
    const image = src ? await resolver.image(src, attachment ? Number(attachment) : null) : null;
    if (!image) {
      result.imagesDropped.push(src || '(no src)');
      removeElement(img);
      continue;
    }
    const alt = (img.attribs.alt ?? '').trim();
    if (!alt) result.imagesWithoutAlt.push(src);
    img.attribs = { src: image.src, alt, width: String(image.width), height: String(image.height), loading: 'lazy' };
  }
  result.html = pointLinks(document, resolver.link);
  return result;
}

/** Plain text of some HTML (an excerpt, a title): entities decoded, blocks apart, spaces collapsed. */
export function plainText(html: string): string {
  const spaced = html.replace(/<\/(?:p|li|h\d|div|blockquote|figcaption|td|th)>|<br\s*\/?>/gi, '$& ');
  return textContent(parseDocument(spaced, { decodeEntities: true }))
    .replace(/\s+/g, ' ')
    .trim();
}

/** WordPress's automatic excerpt when a post has none: its first 55 words, figures left out. */
export function automaticExcerpt(bodyHtml: string, words = 55): string {
  const all = plainText(bodyHtml.replace(/<figure\b[\s\S]*?<\/figure>/gi, ' '))
    .split(' ')
    .filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

/** Links of a stored body pointed anew (for posts that linked to posts imported after them). */
export function rewriteLinks(bodyHtml: string, link: BodyResolver['link']): string {
  return pointLinks(parseDocument(bodyHtml, { decodeEntities: true }), link);
}

function pointLinks(document: Document, link: BodyResolver['link']): string {
  for (const a of findAll((node) => node.name === 'a', document.children) as Element[]) {
    const target = a.attribs.href ? link(a.attribs.href) : null;
    if (target) a.attribs.href = target;
  }
  return sanitizeBody(render(document, { encodeEntities: 'utf8' }));
}
