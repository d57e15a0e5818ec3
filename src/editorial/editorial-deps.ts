/** What the newsroom's story pages are built from. */
import type { AccountsService } from '../accounts/index.ts';
import type { AuditService } from '../audit/index.ts';
import { AppError } from '../http/app-error.ts';
import type { MediaService } from '../media/index.ts';
import type { SettingsService } from '../site/index.ts';
import type { ArticleRenderDeps, OriginalText, StoriesService } from '../stories/index.ts';
import type { TaxonomyService } from '../taxonomy/index.ts';
import type { EditorialService } from './editorial.service.ts';

export interface EditorialRoutesDeps extends ArticleRenderDeps {
  /** Where the rich-text editor island is served. */
  bodyEditorHref: string;
  editorial: EditorialService;
  stories: StoriesService;
  taxonomy: TaxonomyService;
  accounts: AccountsService;
  settings: SettingsService;
  media: MediaService;
  /** Machine translations of stories (their feature), when engines are configured. */
  machine?: MachineDrafts;
  /** The terminology check's latest findings on a translation, placed in its source (from `translation`). */
  terminology?: TerminologyFindings;
  /** Where an editor's review of a machine translation is written down. */
  audit: Pick<AuditService, 'record'>;
}

/** A finding of the terminology check, placed where an editor finds it. */
export type PlacedFinding = { kind: 'forbidden' | 'missing'; expected: string; found: string } & (
  | { place: 'title' | 'summary' | 'image' | 'whole' }
  | { place: 'block'; number: number }
);

export type TerminologyFindings = (
  storyId: number,
  language: string,
  origin: 'machine' | 'human',
  source: { language: string; title: string; summary: string; bodyHtml: string } | null,
) => Promise<PlacedFinding[]>;

/** What the editor needs of machine translation: each story's state, its drafts, reviews. */
export interface MachineDrafts {
  /** The engines configured; none, and there is nothing to show. */
  engines(): unknown[];
  ofStory(storyId: number, currentRevision: number | null): Promise<{ language: string; engineName: string; reviewed: boolean; outOfDate: boolean }[]>;
  stored(storyId: number, language: string): Promise<{ title: string; summary: string; bodyHtml: string; engineName: string } | null>;
  markReviewed(storyId: number, language: string, userId: number): Promise<boolean>;
  translateNow(source: OriginalText, language: string): Promise<unknown>;
}

/** A site language named in a URL, or a 404. */
export function siteLanguageOf(settings: SettingsService, language: string | undefined): string {
  if (!language || !settings.current().languages.includes(language))
    throw new AppError('language.unknown', `"${String(language).slice(0, 35)}" is not a site language`);
  return language;
}
