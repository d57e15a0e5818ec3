/**
 * The newsroom's side of stories: listing every translation for staff, creating and editing them
 * with a revision kept for every save, moving them through the workflow as roles allow, comparing
 * and restoring revisions, and noticing when a translation's source has changed since.
 */
import type { Expression, Kysely, SqlBool } from 'kysely';
import type { StaffMember } from '../admin/index.ts';
import type { AuditService } from '../audit/index.ts';
import { noOutbox, type Outbox, type OutboxEvent } from '../db/outbox.ts';
import type { Database, TranslationStatus } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError, type ErrorCode } from '../http/app-error.ts';
import { FormError } from '../http/form-error.ts';
import type { SearchIndexer } from '../search/index.ts';
import type { SettingsService } from '../site/index.ts';
import type { StoriesService } from '../stories/index.ts';
import { foreignImages } from '../text/foreign-images.ts';
import { excessNestingAt, sanitizeBody } from '../text/sanitize-body.ts';
import { slugify } from '../text/slugify.ts';
import * as repo from './editorial.repository.ts';
import type {
  EditorialTranslation,
  Revision,
  RevisionSummary,
  StoriesListEntry,
  StoriesListFilter,
  StoryFiling,
  TranslationContent,
} from './editorial.types.ts';
import { allowedMoves, canChangeFiling, canEdit, type TranslationFacts } from './editorial-rules.ts';

export const ADMIN_PAGE_SIZE = 25;

/** A translation's text as typed into the editor, before it is cleaned and checked. */
export type TranslationInput = TranslationContent;

export interface StoryInput {
  featured: boolean;
  heroImageId: number | null;
  termIds: number[];
  memberStates: string[];
}

export interface EditableTranslation {
  story: StoryFiling;
  language: string;
  /** Null when this language has no translation yet (the form creates it). */
  translation: EditorialTranslation | null;
  /** The translation to work from, shown beside the form. */
  source: EditorialTranslation | null;
  /** This language is the story's original (the one others are translated from). */
  isOriginal: boolean;
  outOfDate: boolean;
  languages: { language: string; status: TranslationStatus | null }[];
  canEdit: boolean;
  moves: TranslationStatus[];
}

export interface EditorialService {
  list(filter: StoriesListFilter, page: number): Promise<{ rows: StoriesListEntry[]; page: number; pages: number }>;
  editable(storyId: number, language: string, user: StaffMember, sourceLanguage?: string): Promise<EditableTranslation>;
  createStory(language: string, input: TranslationInput, story: StoryInput, user: StaffMember): Promise<number>;
  save(storyId: number, language: string, input: TranslationInput, story: StoryInput | null, user: StaffMember, sourceLanguage?: string): Promise<void>;
  move(storyId: number, language: string, to: TranslationStatus, user: StaffMember, publishAt?: string): Promise<void>;
  history(storyId: number, language: string): Promise<RevisionSummary[]>;
  revision(storyId: number, language: string, revision: number): Promise<{ before: Revision | null; after: Revision }>;
  restore(storyId: number, language: string, revision: number, user: StaffMember): Promise<void>;
}

/** The code naming the error that matters most to a client, when a form has several. */
function codeOf(errors: FormError['fields']): ErrorCode {
  if (errors.bodyHtml === 'admin.error.bodyTooDeep') return 'story.body_too_deep';
  if (errors.bodyHtml === 'admin.error.foreignImage') return 'story.foreign_image';
  return errors.slug === 'admin.error.slugTaken' ? 'story.slug_taken' : 'story.invalid';
}

const wasPublic = (status: TranslationStatus | undefined) => status === 'published' || status === 'scheduled';
/** On the site right now (a scheduled translation is not yet). */
const isLive = (translation: Pick<EditorialTranslation, 'status' | 'publishedAt'> | null | undefined, at: string) =>
  translation?.status === 'published' && translation.publishedAt !== null && translation.publishedAt <= at;

/** The terminology check of a saved translation against its source (given by `translation`). */
export type TerminologyCheck = (
  storyId: number,
  language: string,
  translation: TranslationContent,
  source: TranslationContent & { language: string },
) => Promise<void>;

export interface EditorialDeps {
  db: Kysely<Database>;
  stories: StoriesService;
  settings: SettingsService;
  audit: AuditService;
  /** Where publishing, unpublishing and edits of public text are written as events, in their transaction. */
  outbox?: Outbox;
  checkTerminology?: TerminologyCheck;
  /** Kept in step with every save and move, in the same transaction. */
  searchIndex: Pick<SearchIndexer, 'refreshStories'>;
  /** The stories list's text filter: a translation whose title has the words, as search analyses them. */
  titleMatches(text: string, translationId: Expression<number>): Expression<SqlBool>;
}

export function createEditorialService(deps: EditorialDeps): EditorialService {
  const { db, stories, settings, audit, outbox = noOutbox, searchIndex, titleMatches } = deps;
  const now = () => new Date().toISOString();

  async function facts(storyId: number, language: string) {
    const story = await repo.findStory(db, storyId);
    if (!story) throw new AppError('story.not_found', `No story ${storyId}`);
    const translations = await repo.listTranslations(db, storyId);
    const translation = translations.find((t) => t.language === language) ?? null;
    const original = translations[0] ?? null;
    const rules: TranslationFacts = {
      storyCreatedBy: story.createdBy,
      translation: translation && { status: translation.status, createdBy: translation.createdBy },
      isOriginal: original === null || original.language === language,
    };
    return { story, translations, translation, original, rules };
  }

  async function validate(language: string, input: TranslationInput, storyId: number | null): Promise<TranslationContent> {
    const errors: FormError['fields'] = {};
    const title = input.title.trim();
    const summary = input.summary.trim();
    const bodyHtml = sanitizeBody(input.bodyHtml);
    const slug = slugify(input.slug.trim() || title);
    if (!title) errors.title = 'admin.error.required';
    else if (title.length > 300) errors.title = 'admin.error.tooLong';
    if (summary.length > 1000) errors.summary = 'admin.error.tooLong';
    if (excessNestingAt(input.bodyHtml) !== null) errors.bodyHtml = 'admin.error.bodyTooDeep';
    else if (foreignImages(input.bodyHtml).length > 0) errors.bodyHtml = 'admin.error.foreignImage';
    else if (!bodyHtml.replace(/<[^>]*>/g, '').trim()) errors.bodyHtml = 'admin.error.required';
    if (input.slug.length > 200) errors.slug = 'admin.error.tooLong';
    else if (title && (await repo.slugTakenByOther(db, language, slug, storyId))) errors.slug = 'admin.error.slugTaken';
    if (!settings.current().languages.includes(language)) errors.language = 'admin.error.invalidChoice';
    if (Object.keys(errors).length > 0) throw new FormError(codeOf(errors), errors);
    return { title, summary, bodyHtml, slug };
  }

  /** Keeps the state before a save as a revision, for translations made before revisions existed. */
  async function recordCurrent(trx: Kysely<Database>, translation: EditorialTranslation, at: string) {
    if (!(await repo.findRevision(trx, translation.id, translation.revision))) await repo.insertRevision(trx, translation, translation.createdBy, at);
  }

  return {
    async list(filter, page) {
      const total = await repo.countForAdmin(db, filter, titleMatches);
      const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
      if (page > pages) throw new AppError('page.past_last', `Page ${page} is past the last page (${pages})`);
      return { rows: await repo.listForAdmin(db, filter, titleMatches, { limit: ADMIN_PAGE_SIZE, offset: (page - 1) * ADMIN_PAGE_SIZE }), page, pages };
    },

    async editable(storyId, language, user, sourceLanguage) {
      if (!settings.current().languages.includes(language)) throw new AppError('language.unknown', `"${language}" is not a site language`);
      const { story, translations, translation, original, rules } = await facts(storyId, language);
      const sourceTag = sourceLanguage ?? translation?.sourceLanguage ?? (original?.language !== language ? original?.language : undefined);
      const source = translations.find((t) => t.language === sourceTag && t.language !== language) ?? null;
      const outOfDate = Boolean(translation?.sourceRevision && source && source.revision > translation.sourceRevision);
      return {
        story,
        language,
        translation,
        source,
        isOriginal: rules.isOriginal,
        outOfDate,
        languages: settings.current().languages.map((l) => ({ language: l, status: translations.find((t) => t.language === l)?.status ?? null })),
        canEdit: canEdit(user, rules),
        moves: allowedMoves(user, rules),
      };
    },

    async createStory(language, input, story, user) {
      const content = await validate(language, input, null);
      const at = now();
      const storyId = await inTransaction(db, async (trx) => {
        const id = await repo.insertStoryShell(trx, user.id, at);
        await repo.updateStory(trx, { id, ...story }, at);
        await repo.insertTranslation(trx, { ...content, storyId: id, language, createdBy: user.id, sourceLanguage: null, sourceRevision: null }, at);
        await repo.insertRevision(trx, (await repo.findTranslation(trx, id, language))!, user.id, at);
        await searchIndex.refreshStories(trx, [id]);
        return id;
      });
      await audit.record(user.id, 'story.create', `story:${storyId}/${language}`, { title: content.title });
      return storyId;
    },

    async save(storyId, language, input, story, user, sourceLanguage) {
      const { story: current, translation, translations, rules } = await facts(storyId, language);
      if (!canEdit(user, rules)) throw new AppError('story.edit_forbidden', 'You may not edit this translation');
      const content = await validate(language, input, storyId);
      const source = translations.find((t) => t.language === (sourceLanguage ?? translation?.sourceLanguage) && t.language !== language) ?? null;
      const at = now();
      await inTransaction(db, async (trx) => {
        if (story && canChangeFiling(user, current.createdBy)) {
          await repo.updateStory(trx, { id: storyId, ...story }, at);
        }
        if (!translation) {
          await repo.insertTranslation(
            trx,
            { ...content, storyId, language, createdBy: user.id, sourceLanguage: source?.language ?? null, sourceRevision: source?.revision ?? null },
            at,
          );
        } else {
          await recordCurrent(trx, translation, at);
          await repo.updateTranslation(
            trx,
            translation.id,
            { ...content, revision: translation.revision + 1, ...(source ? { sourceRevision: source.revision } : {}) },
            at,
          );
        }
        await repo.insertRevision(trx, (await repo.findTranslation(trx, storyId, language))!, user.id, at);
        if (isLive(translation, at)) await outbox.write(trx, [{ type: 'story.updated', storyId, language, slug: content.slug }]);
        await searchIndex.refreshStories(trx, [storyId]);
      });
      await audit.record(user.id, translation ? 'translation.save' : 'translation.create', `story:${storyId}/${language}`, { title: content.title });
      if (source && deps.checkTerminology) await deps.checkTerminology(storyId, language, content, source);
      if (wasPublic(translation?.status)) await stories.announceStory(storyId, [language]);
      else if (story) await stories.announceStory(storyId, []);
    },

    async move(storyId, language, to, user, publishAt) {
      const { translation, translations, rules } = await facts(storyId, language);
      if (!translation) throw new AppError('story.not_translated', `Story ${storyId} has no ${language} translation`);
      if (!allowedMoves(user, rules).includes(to))
        throw new AppError('story.move_forbidden', `You may not move this translation from ${translation.status} to ${to}`);
      const at = now();
      let publishedAt = translation.publishedAt;
      if (to === 'published') publishedAt = translation.status === 'scheduled' || !publishedAt || publishedAt > at ? at : publishedAt;
      if (to === 'scheduled') {
        if (!publishAt || Number.isNaN(Date.parse(publishAt)) || publishAt <= at) throw new FormError('story.invalid', { publishAt: 'admin.error.futureDate' });
        publishedAt = new Date(publishAt).toISOString();
      }
      const event = { storyId, language, slug: translation.slug };
      const events: OutboxEvent[] = [];
      if (to === 'published') {
        const firstLive = !translations.some((other) => other.language !== language && isLive(other, at));
        if (firstLive) events.push({ type: 'story.published', ...event });
        events.push({ type: 'translation.published', ...event });
      } else if (isLive(translation, at)) {
        events.push({ type: 'story.unpublished', ...event });
      }
      await inTransaction(db, async (trx) => {
        await repo.updateTranslation(trx, translation.id, { status: to, publishedAt }, at);
        await outbox.write(trx, events);
        await searchIndex.refreshStories(trx, [storyId]);
      });
      await audit.record(user.id, `translation.${to}`, `story:${storyId}/${language}`, { from: translation.status, publishedAt });
      if (wasPublic(translation.status) || to === 'published') await stories.announceStory(storyId, [language]);
    },

    async history(storyId, language) {
      const translation = await repo.findTranslation(db, storyId, language);
      if (!translation) throw new AppError('story.not_translated', `Story ${storyId} has no ${language} translation`);
      return repo.listRevisions(db, translation.id);
    },

    async revision(storyId, language, revision) {
      const translation = await repo.findTranslation(db, storyId, language);
      const after = translation && (await repo.findRevision(db, translation.id, revision));
      if (!translation || !after) throw new AppError('revision.not_found', `No revision ${revision} of story ${storyId} in ${language}`);
      return { before: (await repo.findRevision(db, translation.id, revision - 1)) ?? null, after };
    },

    async restore(storyId, language, revision, user) {
      const { after } = await this.revision(storyId, language, revision);
      await this.save(storyId, language, { title: after.title, slug: after.slug, summary: after.summary, bodyHtml: after.bodyHtml }, null, user);
      await audit.record(user.id, 'translation.restore', `story:${storyId}/${language}`, { revision });
    },
  };
}
