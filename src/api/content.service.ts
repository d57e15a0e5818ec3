/**
 * The Content API's rules: which translations a client may read (readers see what is on the site; a
 * staff token with `stories:read` sees every status), the filters, page counts, and each story as JSON
 * in the language asked for, with its other languages, human and machine.
 */
import type { Kysely } from 'kysely';
import type { Database, TranslationStatus } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import { paths } from '../http/urls.ts';
import type { MediaService } from '../media/index.ts';
import type { SettingsService } from '../site/index.ts';
import type { TaxonomyService } from '../taxonomy/index.ts';
import * as repo from './content.repository.ts';
import { type Includes, type StoryJson, storyJson } from './story-json.ts';

export const MAX_LIMIT = 100;
const TERM_PATH = { section: paths.section, tag: paths.tag } as const;

export interface MachineVersions {
  /** The stored machine translations of a story. */
  ofStory(storyId: number, currentRevision: number | null): Promise<{ language: string; engineName: string; reviewed: boolean }[]>;
}

export interface ContentDeps {
  db: Kysely<Database>;
  publicUrl: URL;
  settings: SettingsService;
  taxonomy: Pick<TaxonomyService, 'terms' | 'findTerm' | 'findMemberState' | 'memberStateIndex'>;
  media: Pick<MediaService, 'imageViews'>;
  machine: MachineVersions;
}

export interface StoriesQuery {
  language?: string;
  status: TranslationStatus | 'live' | 'any';
  section?: string;
  tag?: string;
  memberState?: string;
  updatedSince?: string;
  publishedAfter?: string;
  publishedBefore?: string;
  page: number;
  limit: number;
  include: Includes;
}

export interface StoriesPage {
  data: StoryJson[];
  page: number;
  limit: number;
  pages: number;
  total: number;
}

export interface ContentService {
  stories(query: StoriesQuery): Promise<StoriesPage>;
  story(storyId: number, language: string | undefined, status: StoriesQuery['status'], include: Includes): Promise<StoryJson>;
  storyBySlug(language: string, slug: string, status: StoriesQuery['status'], include: Includes): Promise<StoryJson>;
  terms(kind: 'section' | 'tag', language: string): Promise<{ id: number; slug: string; name: string; url: string }[]>;
  memberStates(language: string): Promise<{ code: string; name: string; url: string; stories: number }[]>;
  siteLanguage(language: string | undefined): string | undefined;
}

export function createContentService(deps: ContentDeps): ContentService {
  const { db, settings, taxonomy } = deps;
  const absolute = (path: string) => new URL(path, deps.publicUrl).toString();

  function siteLanguage(language: string | undefined): string | undefined {
    if (language !== undefined && !settings.current().languages.includes(language))
      throw new AppError('language.unknown', `"${language.slice(0, 35)}" is not a language of this site`);
    return language;
  }

  /** Looked up once per language and call, however many stories share it. */
  function perLanguage<T>(wanted: boolean, load: (language: string) => Promise<T>): (language: string) => Promise<T | null> {
    const loaded = new Map<string, Promise<T>>();
    return (language) => {
      if (!wanted) return Promise.resolve(null);
      let value = loaded.get(language);
      if (!value) {
        value = load(language);
        loaded.set(language, value);
      }
      return value;
    };
  }

  async function present(records: repo.TranslationRecord[], status: StoriesQuery['status'], include: Includes): Promise<StoryJson[]> {
    const storyIds = [...new Set(records.map((r) => r.storyId))];
    const now = new Date().toISOString();
    const fallback = settings.current().defaultLanguage;
    const [versions, filings, machine] = await Promise.all([
      repo.listVersions(db, storyIds, { now, status }),
      repo.listFilings(db, storyIds),
      Promise.all(storyIds.map(async (id) => [id, await deps.machine.ofStory(id, null)] as const)).then((entries) => new Map(entries)),
    ]);
    const byId = <T extends { id: number }>(list: T[]) => new Map(list.map((item) => [item.id, item]));
    const sections = perLanguage(include.has('sections'), async (language) => byId(await taxonomy.terms('section', language)));
    const tags = perLanguage(include.has('tags'), async (language) => byId(await taxonomy.terms('tag', language)));
    const memberStates = perLanguage(
      include.has('memberStates'),
      async (language) => new Map((await taxonomy.memberStateIndex(language)).map((m) => [m.code, m])),
    );
    return Promise.all(
      records.map(async (record) => {
        const language = record.language;
        const images = record.heroImageId === null ? new Map() : await deps.media.imageViews([record.heroImageId], language, fallback);
        return storyJson(record, {
          absolute,
          versions: versions.filter((v) => v.storyId === record.storyId),
          machine: machine.get(record.storyId) ?? [],
          filing: filings.get(record.storyId) ?? { sectionIds: [], tagIds: [], memberStates: [] },
          image: record.heroImageId === null ? null : (images.get(record.heroImageId) ?? null),
          sections: await sections(language),
          tags: await tags(language),
          memberStates: await memberStates(language),
          withStatus: status !== 'live',
        });
      }),
    );
  }

  async function one(filter: Omit<repo.ContentFilter, 'now'>, include: Includes, missing: string): Promise<StoryJson> {
    const [record] = await repo.listTranslations(db, { ...filter, now: new Date().toISOString() }, { limit: 1, offset: 0 });
    if (!record) throw new AppError('story.not_found', missing);
    const [story] = await present([record], filter.status, include);
    return story!;
  }

  return {
    siteLanguage,
    async stories(query) {
      const language = siteLanguage(query.language);
      const termIds = [
        ...(query.section ? [(await taxonomy.findTerm('section', query.section, language ?? settings.current().defaultLanguage)).id] : []),
        ...(query.tag ? [(await taxonomy.findTerm('tag', query.tag, language ?? settings.current().defaultLanguage)).id] : []),
      ];
      const memberState = query.memberState ? (await taxonomy.findMemberState(query.memberState, language ?? 'en')).code : undefined;
      const filter: repo.ContentFilter = {
        now: new Date().toISOString(),
        status: query.status,
        language,
        termIds,
        memberState,
        updatedSince: query.updatedSince,
        publishedAfter: query.publishedAfter,
        publishedBefore: query.publishedBefore,
      };
      const total = await repo.countTranslations(db, filter);
      const pages = Math.max(1, Math.ceil(total / query.limit));
      if (query.page > pages) throw new AppError('page.past_last', `Page ${query.page} is past the last page (${pages})`);
      const records = await repo.listTranslations(db, filter, { limit: query.limit, offset: (query.page - 1) * query.limit });
      return { data: await present(records, query.status, query.include), page: query.page, limit: query.limit, pages, total };
    },

    async story(storyId, language, status, include) {
      // Without a language, the story in its original (the first of its versions).
      const chosen = siteLanguage(language) ?? (await repo.listVersions(db, [storyId], { now: new Date().toISOString(), status }))[0]?.language;
      if (!chosen) throw new AppError('story.not_found', `No story ${storyId}`);
      return one({ storyId, language: chosen, status }, include, `No story ${storyId} in ${chosen}`);
    },

    async storyBySlug(language, slug, status, include) {
      return one({ language: siteLanguage(language)!, slug, status }, include, `No story "${slug.slice(0, 80)}" in ${language}`);
    },

    async terms(kind, language) {
      const terms = await taxonomy.terms(kind, siteLanguage(language)!);
      return terms.map((term) => ({ ...term, url: absolute(TERM_PATH[kind](language, term.slug)) }));
    },

    async memberStates(language) {
      const states = await taxonomy.memberStateIndex(siteLanguage(language)!);
      return states.map((state) => ({ code: state.code, name: state.name, url: absolute(state.href), stories: state.count }));
    },
  };
}
