/**
 * A story as the API shows it: one translation's text, with absolute URLs, RFC 3339 dates, its filing as
 * ids (or as named objects when `include` asks), and every other language it can be read in — human
 * translations, and machine ones with their engine and whether an editor reviewed them.
 */
import type { TranslationOrigin, TranslationStatus } from '../db/schema.ts';
import { paths } from '../http/urls.ts';
import type { ImageView } from '../media/index.ts';
import type { Filing, TranslationRecord } from './content.repository.ts';

export const INCLUDES = ['sections', 'tags', 'memberStates'] as const;
export type Includes = ReadonlySet<(typeof INCLUDES)[number]>;

export interface VersionJson {
  language: string;
  kind: TranslationOrigin;
  url: string;
  apiUrl: string | null;
  slug?: string;
  title?: string;
  publishedAt?: string | null;
  updatedAt?: string;
  status?: TranslationStatus;
  engine?: string;
  reviewed?: boolean;
}

export interface StoryJson {
  id: number;
  language: string;
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  url: string;
  apiUrl: string;
  status?: TranslationStatus;
  origin: TranslationOrigin;
  originalLanguage: string;
  publishedAt: string | null;
  updatedAt: string;
  featured: boolean;
  heroImage: { url: string; width: number; height: number; alt: string; sources: { type: string; srcset: string }[] } | null;
  sectionIds: number[];
  tagIds: number[];
  memberStateCodes: string[];
  sections?: { id: number; slug: string; name: string }[];
  tags?: { id: number; slug: string; name: string }[];
  memberStates?: { code: string; name: string }[];
  translations: VersionJson[];
}

/** Every top-level field `fields` may name. */
export const STORY_FIELDS: readonly (keyof StoryJson)[] = [
  'id',
  'language',
  'slug',
  'title',
  'summary',
  'bodyHtml',
  'url',
  'apiUrl',
  'status',
  'origin',
  'originalLanguage',
  'publishedAt',
  'updatedAt',
  'featured',
  'heroImage',
  'sectionIds',
  'tagIds',
  'memberStateCodes',
  'sections',
  'tags',
  'memberStates',
  'translations',
];

type Version = Pick<TranslationRecord, 'storyId' | 'language' | 'slug' | 'title' | 'status' | 'origin' | 'publishedAt' | 'updatedAt' | 'sourceLanguage'>;
type Term = { id: number; slug: string; name: string };

export interface StoryJsonParts {
  absolute(path: string): string;
  /** The story's translations in the status asked for, original first. */
  versions: Version[];
  machine: { language: string; engineName: string; reviewed: boolean }[];
  filing: Filing;
  image: ImageView | null;
  /** Present when `include` names them: every section, tag or Member State by id or code. */
  sections: Map<number, Term> | null;
  tags: Map<number, Term> | null;
  memberStates: Map<string, { code: string; name: string }> | null;
  withStatus: boolean;
}

export function storyJson(record: TranslationRecord, parts: StoryJsonParts): StoryJson {
  const { absolute } = parts;
  const original = parts.versions[0] ?? record;
  const human = new Set(parts.versions.map((v) => v.language));
  const image = parts.image;
  const story: StoryJson = {
    id: record.storyId,
    language: record.language,
    slug: record.slug,
    title: record.title,
    summary: record.summary,
    bodyHtml: record.bodyHtml,
    url: absolute(paths.article(record.language, record.slug)),
    apiUrl: absolute(paths.apiStory(record.storyId, record.language)),
    ...(parts.withStatus ? { status: record.status } : {}),
    origin: record.origin,
    originalLanguage: original.language,
    publishedAt: record.publishedAt,
    // ISO 8601 strings in UTC sort as their times do.
    updatedAt: [record.updatedAt, record.storyUpdatedAt].sort().at(-1)!,
    featured: record.featured,
    heroImage: image && {
      url: absolute(image.src),
      width: image.width,
      height: image.height,
      alt: image.alt,
      sources: image.sources.map((source) => ({
        type: source.type,
        srcset: source.srcset
          .split(', ')
          .map((candidate) => absolute(candidate))
          .join(', '),
      })),
    },
    sectionIds: parts.filing.sectionIds,
    tagIds: parts.filing.tagIds,
    memberStateCodes: parts.filing.memberStates,
    translations: [
      ...parts.versions.map((v) => ({
        language: v.language,
        kind: v.origin,
        slug: v.slug,
        title: v.title,
        url: absolute(paths.article(v.language, v.slug)),
        apiUrl: absolute(paths.apiStory(v.storyId, v.language)),
        publishedAt: v.publishedAt,
        updatedAt: v.updatedAt,
        ...(parts.withStatus ? { status: v.status } : {}),
      })),
      ...parts.machine
        .filter((m) => !human.has(m.language))
        .map((m) => ({
          language: m.language,
          kind: 'machine' as const,
          url: absolute(paths.article(m.language, original.slug)),
          apiUrl: null,
          engine: m.engineName,
          reviewed: m.reviewed,
        })),
    ],
  };
  if (parts.sections) story.sections = story.sectionIds.flatMap((id) => parts.sections?.get(id) ?? []);
  if (parts.tags) story.tags = story.tagIds.flatMap((id) => parts.tags?.get(id) ?? []);
  if (parts.memberStates) story.memberStates = story.memberStateCodes.flatMap((code) => parts.memberStates?.get(code) ?? []);
  return story;
}
