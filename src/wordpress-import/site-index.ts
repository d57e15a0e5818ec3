/**
 * The first pass over an export: everything a post refers to, gathered before any post is imported,
 * since WordPress writes items in no particular order (a translation or an image may come after the
 * post that uses it). Only small facts are kept per item, never content, so memory grows slowly.
 */
import { unserialize } from 'php-serialize';
import { normalizeOldAddress } from './old-addresses.ts';
import type { WxrAuthor, WxrChannel, WxrItem, WxrTerm } from './wxr.types.ts';
import { readWxr, type WxrLimits } from './wxr-reader.ts';

export interface AttachmentEntry {
  id: number;
  url: string;
  /** Relative to the uploads folder (`2024/03/photo.jpg`). */
  file: string;
  alt: string;
  caption: string;
  /** The post it was uploaded from, whose language its alt text is in. */
  parent: number;
}

export interface PostEntry {
  id: number;
  type: string;
  status: string;
  /** Polylang's language slug, or null when the export does not say. */
  language: string | null;
  /** Polylang's `post_translations` group, or null for a post without translations. */
  group: string | null;
}

export interface SiteIndex {
  channel: WxrChannel;
  authors: Map<string, WxrAuthor>;
  /** Categories and tags by id. */
  terms: Map<number, WxrTerm>;
  /** `category:education` → term id, as posts name their terms. */
  termsBySlug: Map<string, number>;
  /** Polylang's translation group of each category and tag: term id → (language → term id). */
  termGroups: Map<number, Record<string, number>>;
  /** Polylang's languages: slug → locale. */
  languages: Map<string, string>;
  /** Polylang's post groups: group slug → (language → post id). */
  postGroups: Map<string, Record<string, number>>;
  attachments: Map<number, AttachmentEntry>;
  /** Attachment ids by file (`2024/03/photo.jpg`), for body images without a `wp-image-N` class. */
  attachmentsByFile: Map<string, number>;
  /** Alt texts written in post bodies: attachment id → (language → alt). */
  bodyAlts: Map<number, Record<string, string>>;
  posts: Map<number, PostEntry>;
  /** Normalized permalink → post id, for rewriting links between posts. */
  postsByAddress: Map<string, number>;
  items: number;
}

/** PHP's serialize() of an array of strings or ints, as Polylang stores its groups; null when it is not one. */
export function phpArray(value: string): Record<string, string | number> | null {
  try {
    const parsed = unserialize(value, {}, { strict: true }) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string | number>) : null;
  } catch {
    return null;
  }
}

const IMAGE_CLASS = /\bwp-image-(\d+)\b/;
const IMG_TAG = /<img\b[^>]*>/gi;
const ALT = /\balt\s*=\s*("([^"]*)"|'([^']*)')/i;

function collectBodyAlts(item: WxrItem, language: string | null, into: Map<number, Record<string, string>>) {
  if (!language) return;
  for (const [tag] of item.content.matchAll(IMG_TAG)) {
    const id = IMAGE_CLASS.exec(tag)?.[1];
    const alt = ALT.exec(tag);
    const text = alt?.[2] ?? alt?.[3] ?? '';
    if (!id || !text.trim()) continue;
    const alts = into.get(Number(id)) ?? {};
    alts[language] ??= text.trim();
    into.set(Number(id), alts);
  }
}

export async function indexSite(file: string, limits: WxrLimits): Promise<SiteIndex> {
  const index: SiteIndex = {
    channel: { wxrVersion: '', baseSiteUrl: '', baseBlogUrl: '', title: '' },
    authors: new Map(),
    terms: new Map(),
    termsBySlug: new Map(),
    termGroups: new Map(),
    languages: new Map(),
    postGroups: new Map(),
    attachments: new Map(),
    attachmentsByFile: new Map(),
    bodyAlts: new Map(),
    posts: new Map(),
    postsByAddress: new Map(),
    items: 0,
  };
  for await (const record of readWxr(file, limits)) {
    if (record.type === 'channel') index.channel = record.channel;
    else if (record.type === 'author') index.authors.set(record.author.login, record.author);
    else if (record.type === 'term') indexTerm(index, record.term);
    else indexItem(index, record.item);
  }
  return index;
}

function indexTerm(index: SiteIndex, term: WxrTerm) {
  if (term.taxonomy === 'category' || term.taxonomy === 'post_tag') {
    index.terms.set(term.id, term);
    index.termsBySlug.set(`${term.taxonomy}:${term.slug}`, term.id);
  } else if (term.taxonomy === 'language') index.languages.set(term.slug, String(phpArray(term.description)?.locale ?? term.slug));
  else if (term.taxonomy === 'post_translations' || term.taxonomy === 'term_translations') {
    const members = phpArray(term.description);
    if (!members) return;
    const group = Object.fromEntries(Object.entries(members).map(([language, id]) => [language, Number(id)]));
    if (term.taxonomy === 'post_translations') index.postGroups.set(term.slug, group);
    else for (const id of Object.values(group)) index.termGroups.set(id, group);
  }
}

function indexItem(index: SiteIndex, item: WxrItem) {
  index.items++;
  if (item.type === 'attachment') {
    const file = item.meta.get('_wp_attached_file') ?? '';
    index.attachments.set(item.id, {
      id: item.id,
      url: item.attachmentUrl || item.guid,
      file,
      alt: item.meta.get('_wp_attachment_image_alt') ?? '',
      caption: item.excerpt,
      parent: item.parent,
    });
    if (file) index.attachmentsByFile.set(file, item.id);
    return;
  }
  const language = item.terms.find((t) => t.domain === 'language')?.nicename ?? null;
  const group = item.terms.find((t) => t.domain === 'post_translations')?.nicename ?? null;
  index.posts.set(item.id, { id: item.id, type: item.type, status: item.status, language, group });
  const address = normalizeOldAddress(item.link);
  if (address) index.postsByAddress.set(address, item.id);
  collectBodyAlts(item, language, index.bodyAlts);
}
