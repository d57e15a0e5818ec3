/**
 * The feeds of a listing — the home page (latest news), a section, a tag or a Member State — in one of
 * the site's languages, as a format-neutral document, with the content keys of what it shows so it is
 * kept and dropped with the listing page it mirrors.
 */
import { contentKeys } from '../changes/index.ts';
import type { TermKind } from '../db/schema.ts';
import { ICON_PATHS } from '../http/icons.ts';
import { FEED_FORMATS, type FeedFormat, paths } from '../http/urls.ts';
import { directionOf } from '../i18n/locales.ts';
import { translatorFor } from '../i18n/messages.ts';
import type { MediaService } from '../media/index.ts';
import type { SettingsService } from '../site/index.ts';
import type { FeedStory, StoriesService, StoryLabels } from '../stories/index.ts';
import { sanitizeBody } from '../text/sanitize-body.ts';
import type { FeedCategory, FeedDocument, FeedEntry, FeedImage } from './feed-document.ts';

/** Readers keep what they fetched; twenty of the newest is what most feeds carry. */
export const FEED_SIZE = 20;

export type FeedListing = { kind: 'home' } | { kind: TermKind; slug: string } | { kind: 'memberState'; code: string };

/** What feeds need of the taxonomy feature (given by the wiring, so `feeds` imports it not). */
export interface FeedTaxonomy {
  findTerm(kind: TermKind, slug: string, language: string): Promise<{ id: number; slug: string; name: string }>;
  findMemberState(code: string, language: string): Promise<{ code: string; name: string }>;
  labelsFor(storyId: number, language: string): Promise<StoryLabels>;
}

export interface FeedsServiceDeps {
  stories: Pick<StoriesService, 'feedStories'>;
  taxonomy: FeedTaxonomy;
  settings: SettingsService;
  media: Pick<MediaService, 'fileBytes'>;
  publicUrl: URL;
  hub: string | null;
}

export interface FeedsService {
  /** Throws the listing's not-found error when it does not exist. */
  feed(language: string, listing: FeedListing): Promise<{ document: FeedDocument; contentKeys: string[] }>;
}

interface ResolvedListing {
  name: string;
  description: string;
  path: string;
  scope: { termId?: number; memberState?: string };
  contentKey: string;
}

/** `tag:` URIs (RFC 4151): the site's host, the day the story was first written, its id and the language. */
export function entryId(host: string, story: Pick<FeedStory, 'storyId' | 'language' | 'createdAt'>): string {
  return `tag:${host},${story.createdAt.slice(0, 10)}:story-${story.storyId}/${story.language}`;
}

function categoriesOf(labels: StoryLabels, absolute: (path: string) => string): FeedCategory[] {
  return [...labels.sections, ...labels.tags, ...labels.memberStates].map((label) => ({
    label: label.label,
    term: decodeURIComponent(label.href.slice(label.href.lastIndexOf('/') + 1)),
    url: absolute(label.href),
  }));
}

export function createFeedsService(deps: FeedsServiceDeps): FeedsService {
  const { stories, taxonomy, settings, media, publicUrl, hub } = deps;
  const absolute = (path: string) => new URL(path, publicUrl).href;

  async function resolve(language: string, listing: FeedListing): Promise<ResolvedListing> {
    const t = translatorFor(language);
    const organization = settings.organizationNameIn(language);
    if (listing.kind === 'home') {
      return {
        name: t('home.title'),
        description: settings.descriptionIn(language),
        path: paths.home(language),
        scope: {},
        contentKey: contentKeys.home(language),
      };
    }
    if (listing.kind === 'memberState') {
      const state = await taxonomy.findMemberState(listing.code, language);
      return {
        name: t('memberState.title', { name: state.name }),
        description: t('memberState.description', { name: state.name, organization }),
        path: paths.memberState(language, state.code),
        scope: { memberState: state.code },
        contentKey: contentKeys.memberState(state.code),
      };
    }
    const term = await taxonomy.findTerm(listing.kind, listing.slug, language);
    const section = listing.kind === 'section';
    return {
      name: t(section ? 'section.title' : 'tag.title', { name: term.name }),
      description: t(section ? 'section.description' : 'tag.description', { name: term.name, organization }),
      path: (section ? paths.section : paths.tag)(language, term.slug),
      scope: { termId: term.id },
      contentKey: contentKeys.term(term.id),
    };
  }

  async function imageOf(story: FeedStory): Promise<FeedImage | null> {
    if (!story.image) return null;
    const bytes = await media.fileBytes(story.image.src);
    if (bytes === null) return null;
    const { src, srcWidth, srcHeight, alt } = story.image;
    return { url: absolute(src), type: 'image/jpeg', width: srcWidth, height: srcHeight, bytes, alt };
  }

  async function entryOf(story: FeedStory): Promise<FeedEntry> {
    const url = absolute(story.href);
    const [labels, image] = await Promise.all([taxonomy.labelsFor(story.storyId, story.language), imageOf(story)]);
    return {
      id: entryId(publicUrl.hostname, story),
      url,
      title: story.title,
      summary: story.summary,
      // The direction travels with the HTML: feed readers seldom apply the feed's language to it.
      contentHtml: `<div lang="${story.language}" dir="${directionOf(story.language)}">${sanitizeBody(story.bodyHtml, { baseUrl: url })}</div>`,
      published: new Date(story.publishedAt),
      updated: new Date(story.updatedAt),
      categories: categoriesOf(labels, absolute),
      image,
    };
  }

  return {
    async feed(language, listing) {
      const resolved = await resolve(language, listing);
      const found = await stories.feedStories({ language, ...resolved.scope }, FEED_SIZE);
      const entries = await Promise.all(found.map(entryOf));
      const t = translatorFor(language);
      const organization = settings.organizationNameIn(language);
      const selfUrls = Object.fromEntries(FEED_FORMATS.map((format) => [format, absolute(paths.feed(resolved.path, format))])) as Record<FeedFormat, string>;
      const document: FeedDocument = {
        language,
        title: t('feed.title', { organization, listing: resolved.name }),
        description: resolved.description,
        homeUrl: absolute(resolved.path),
        selfUrls,
        hub,
        updated: entries.length > 0 ? new Date(Math.max(...entries.map((entry) => entry.updated.getTime()))) : new Date(),
        author: { name: organization, url: absolute(paths.home(language)) },
        icon: absolute(ICON_PATHS.favicon),
        logo: absolute(ICON_PATHS.manifest512),
        entries,
      };
      return { document, contentKeys: [resolved.contentKey, ...found.map((story) => contentKeys.story(story.storyId))] };
    },
  };
}
