/**
 * The state of one import while its posts go through: where each translation group's story is, where
 * each imported post now lives (for links between posts), the images already taken into the library,
 * and how a post's language and group are told (Polylang, the WPML file, or the default language).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { paths } from '../http/urls.ts';
import type { MediaService } from '../media/index.ts';
import type { SearchIndexer } from '../search/index.ts';
import type { BodyResolver, LibraryImage } from './body-html.ts';
import { type ImageSources, uploadsPath } from './image-sources.ts';
import type { References } from './import-references.ts';
import type { ImportSummary } from './import-summary.ts';
import type { SiteLanguages } from './languages.ts';
import { normalizeOldAddress } from './old-addresses.ts';
import type { SiteIndex } from './site-index.ts';
import * as repo from './wordpress-import.repository.ts';
import type { WxrItem } from './wxr.types.ts';

/** A post's place in the WPML export file: its translation group (`trid`) and language. */
export type WpmlPlaces = Map<number, { trid: string; language: string }>;

export type Placement = { language: string; group: string; guessed: boolean } | { unsupported: string };

export interface ImportRunDeps {
  db: Kysely<Database>;
  media: MediaService;
  index: SiteIndex;
  refs: References;
  languages: SiteLanguages;
  sources: ImageSources;
  summary: ImportSummary;
  dryRun: boolean;
  wpml: WpmlPlaces | null;
  /** Told of each imported story in its post's transaction, so search finds what the import published. */
  searchIndex: Pick<SearchIndexer, 'refreshStories'>;
}

export type ImportRun = Awaited<ReturnType<typeof startImportRun>>;

export async function startImportRun(deps: ImportRunDeps) {
  const { db, media, index, refs, languages, sources, summary, dryRun, wpml } = deps;
  const source = index.channel.baseSiteUrl;
  const known = await repo.loadImportedItems(db, source, 'post');
  const knownImages = await repo.loadImportedItems(db, source, 'attachment');
  const addresses = await repo.loadImportedAddresses(db, source);
  const placedPaths = new Map<number, string>();
  const groups = new Map<string, number>();
  const images = new Map<number, number | null>();
  const relink: number[] = [];
  const now = new Date().toISOString();
  const siteHost = hostOf(source);

  for (const [id, item] of known) if (item.storyId !== null) groups.set(groupKeyOf(id), item.storyId);
  function groupKeyOf(postId: number): string {
    const place = wpml?.get(postId);
    if (place) return `wpml:${place.trid}`;
    const group = index.posts.get(postId)?.group;
    return group && index.postGroups.has(group) ? `pll:${group}` : `post:${postId}`;
  }

  async function storeAttachment(attachmentId: number, where: string): Promise<number | null> {
    if (images.has(attachmentId)) return images.get(attachmentId)!;
    const attachment = index.attachments.get(attachmentId);
    let imageId: number | null = knownImages.get(attachmentId)?.targetId ?? null;
    if (imageId !== null) summary.images.reused++;
    else if (!attachment) summary.images.dropped.set(`attachment ${attachmentId}`, `not in the export (used by ${where})`);
    else if (dryRun) summary.images.imported++;
    else {
      const alts = { ...(index.bodyAlts.get(attachmentId) ?? {}) };
      const parentLanguage = languages.resolve(index.posts.get(attachment.parent)?.language ?? null) ?? languages.defaultLanguage;
      if (attachment.alt.trim()) alts[parentLanguage] = attachment.alt.trim();
      try {
        imageId = await media.storeImported(await sources.read(attachment.file, attachment.url), alts);
        summary.images.imported++;
        if (Object.keys(alts).length === 0) summary.images.withoutAlt.add(`${attachment.file || attachment.url} (attachment ${attachmentId})`);
        await repo.saveImportedItem(
          db,
          {
            source,
            kind: 'attachment',
            wpId: attachmentId,
            guid: attachment.url,
            targetId: imageId,
            storyId: null,
            fingerprint: attachment.file,
            revision: null,
          },
          now,
        );
      } catch (error) {
        summary.images.dropped.set(attachment.file || attachment.url, (error as Error).message);
      }
    }
    images.set(attachmentId, imageId);
    return imageId;
  }

  async function libraryImage(imageId: number): Promise<LibraryImage | null> {
    const view = (await media.imageViews([imageId], languages.defaultLanguage, languages.defaultLanguage)).get(imageId);
    return view ? { src: view.src, width: view.width, height: view.height } : null;
  }

  /** The post a link on the old site leads to, when it is one of the export's posts. */
  function linkedPost(href: string): number | null {
    const host = hostOf(href);
    if (host !== null && host !== siteHost) return null;
    const key = normalizeOldAddress(href);
    if (key === null) return null;
    const byId = /^\?p=(\d+)$/.exec(key);
    return byId ? Number(byId[1]) : (index.postsByAddress.get(key) ?? null);
  }

  return {
    db,
    searchIndex: deps.searchIndex,
    dryRun,
    now,
    source,
    summary,
    refs,
    known,

    placeOf(item: WxrItem): Placement {
      const place = wpml?.get(item.id);
      const given = place?.language ?? index.posts.get(item.id)?.language ?? null;
      if (given === null) return { language: languages.defaultLanguage, group: groupKeyOf(item.id), guessed: true };
      const language = languages.resolve(given);
      return language === null ? { unsupported: given } : { language, group: groupKeyOf(item.id), guessed: false };
    },
    storyOfGroup: (group: string) => groups.get(group),
    placed(postId: number, group: string, storyId: number, path: string) {
      groups.set(group, storyId);
      placedPaths.set(postId, path);
    },
    relinkLater: (translationId: number) => void relink.push(translationId),
    relinks: () => relink,
    imageOf: storeAttachment,
    termId: (term: WxrItem['terms'][number]) => (term.domain === 'category' || term.domain === 'post_tag' ? termOf(index, refs, term) : null),
    memberState: (term: WxrItem['terms'][number]) => (term.domain === 'category' ? (refs.memberStates.get(termIdOf(index, term) ?? -1) ?? null) : null),

    /** Resolves a post's images and links; `pending` tells that a linked post is yet to be imported. */
    bodyResolver(where: string): BodyResolver & { pending: boolean } {
      const resolver = {
        pending: false,
        async image(src: string, attachmentId: number | null): Promise<LibraryImage | null> {
          const file = uploadsPath(src, source);
          const id = attachmentId ?? (file ? (index.attachmentsByFile.get(file) ?? null) : null);
          if (dryRun) return { src: '/media/dry-run.jpg', width: 1, height: 1 };
          if (id !== null && index.attachments.has(id)) {
            const imageId = await storeAttachment(id, where);
            return imageId === null ? null : libraryImage(imageId);
          }
          try {
            const imageId = await media.storeImported(await sources.read(file, new URL(src, source || undefined).href), {});
            summary.images.imported++;
            return libraryImage(imageId);
          } catch (error) {
            summary.images.dropped.set(src, (error as Error).message);
            return null;
          }
        },
        link(href: string): string | null {
          const postId = linkedPost(href);
          if (postId === null) return null;
          const path = placedPaths.get(postId) ?? addressOf(addresses.get(postId));
          if (path) return path;
          if (index.posts.has(postId)) resolver.pending = true;
          return null;
        },
      };
      return resolver;
    },
  };
}

const addressOf = (address: { language: string; slug: string } | undefined) => (address ? paths.article(address.language, address.slug) : undefined);

function hostOf(address: string): string | null {
  try {
    return new URL(address).host.toLowerCase();
  } catch {
    return null;
  }
}

const termIdOf = (index: SiteIndex, term: WxrItem['terms'][number]) => index.termsBySlug.get(`${term.domain}:${term.nicename}`) ?? null;

function termOf(index: SiteIndex, refs: References, term: WxrItem['terms'][number]): number | null {
  const id = termIdOf(index, term);
  return id === null ? null : (refs.termIds.get(id) ?? null);
}
