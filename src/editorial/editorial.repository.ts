/** Reads and writes of the editorial side: every translation whatever its status, and its revisions. */
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database, TranslationStatus } from '../db/schema.ts';
import type {
  EditorialTranslation,
  Revision,
  RevisionSummary,
  StoriesListEntry,
  StoriesListFilter,
  StoryFiling,
  TranslationContent,
} from './editorial.types.ts';

const TRANSLATION_COLUMNS = [
  'id',
  'storyId',
  'language',
  'slug',
  'title',
  'summary',
  'bodyHtml',
  'status',
  'origin',
  'publishedAt',
  'createdAt',
  'updatedAt',
  'createdBy',
  'revision',
  'sourceLanguage',
  'sourceRevision',
] as const;

const REVISION_COLUMNS = ['revision', 'slug', 'title', 'summary', 'bodyHtml', 'status', 'savedBy', 'savedAt'] as const;

/** The search index's condition that a translation's title has the words (see `search`'s `titleCondition`). */
type TitleMatches = (text: string, translationId: Expression<number>) => Expression<SqlBool>;

function adminQuery(db: Kysely<Database>, filter: StoriesListFilter, titleMatches: TitleMatches) {
  let query = db
    .selectFrom('translations as t')
    .innerJoin('stories as s', 's.id', 't.storyId')
    .leftJoin('users as u', 'u.id', 's.createdBy')
    .leftJoin('translations as src', (join) => join.onRef('src.storyId', '=', 't.storyId').onRef('src.language', '=', 't.sourceLanguage'));
  if (filter.language) query = query.where('t.language', '=', filter.language);
  if (filter.status) query = query.where('t.status', '=', filter.status);
  if (filter.authorId !== undefined) query = query.where('s.createdBy', '=', filter.authorId);
  if (filter.termId !== undefined) {
    const termId = filter.termId;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('storyTerms as st').select('st.termId').whereRef('st.storyId', '=', 't.storyId').where('st.termId', '=', termId)),
    );
  }
  if (filter.text) query = query.where(titleMatches(filter.text, sql.ref<number>('t.id')));
  return query;
}

export async function listForAdmin(
  db: Kysely<Database>,
  filter: StoriesListFilter,
  titleMatches: TitleMatches,
  page: { limit: number; offset: number },
): Promise<StoriesListEntry[]> {
  const rows = await adminQuery(db, filter, titleMatches)
    .select(['t.storyId', 't.language', 't.title', 't.status', 't.updatedAt', 'u.name as authorName', 'src.revision as sourceNow', 't.sourceRevision'])
    .orderBy('t.updatedAt', 'desc')
    .orderBy('t.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(({ sourceNow, sourceRevision, ...row }) => ({
    ...row,
    outOfDate: sourceNow !== null && sourceRevision !== null && sourceNow > sourceRevision,
  }));
}

export async function countForAdmin(db: Kysely<Database>, filter: StoriesListFilter, titleMatches: TitleMatches): Promise<number> {
  const row = await adminQuery(db, filter, titleMatches)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findTranslation(db: Kysely<Database>, storyId: number, language: string): Promise<EditorialTranslation | undefined> {
  return db.selectFrom('translations').select(TRANSLATION_COLUMNS).where('storyId', '=', storyId).where('language', '=', language).executeTakeFirst();
}

export function listTranslations(db: Kysely<Database>, storyId: number): Promise<EditorialTranslation[]> {
  return db.selectFrom('translations').select(TRANSLATION_COLUMNS).where('storyId', '=', storyId).orderBy('createdAt').orderBy('id').execute();
}

export async function findStory(db: Kysely<Database>, storyId: number): Promise<StoryFiling | undefined> {
  const story = await db.selectFrom('stories').select(['id', 'featured', 'heroImageId', 'createdBy']).where('id', '=', storyId).executeTakeFirst();
  if (!story) return undefined;
  const [terms, states] = await Promise.all([
    db.selectFrom('storyTerms').select('termId').where('storyId', '=', storyId).execute(),
    db.selectFrom('storyMemberStates').select('code').where('storyId', '=', storyId).execute(),
  ]);
  return { ...story, featured: story.featured === 1, termIds: terms.map((t) => t.termId), memberStates: states.map((s) => s.code) };
}

export async function updateStory(db: Kysely<Database>, story: Omit<StoryFiling, 'createdBy'>, now: string): Promise<void> {
  await db
    .updateTable('stories')
    .set({ featured: story.featured ? 1 : 0, heroImageId: story.heroImageId, updatedAt: now })
    .where('id', '=', story.id)
    .execute();
  await db.deleteFrom('storyTerms').where('storyId', '=', story.id).execute();
  if (story.termIds.length > 0)
    await db
      .insertInto('storyTerms')
      .values(story.termIds.map((termId) => ({ storyId: story.id, termId })))
      .execute();
  await db.deleteFrom('storyMemberStates').where('storyId', '=', story.id).execute();
  if (story.memberStates.length > 0)
    await db
      .insertInto('storyMemberStates')
      .values(story.memberStates.map((code) => ({ storyId: story.id, code })))
      .execute();
}

export async function insertStoryShell(db: Kysely<Database>, createdBy: number, now: string): Promise<number> {
  const { id } = await db
    .insertInto('stories')
    .values({ featured: 0, heroImageId: null, createdBy, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertTranslation(
  db: Kysely<Database>,
  row: TranslationContent & { storyId: number; language: string; createdBy: number; sourceLanguage: string | null; sourceRevision: number | null },
  now: string,
): Promise<number> {
  const { id } = await db
    .insertInto('translations')
    .values({ ...row, status: 'draft', origin: 'human', publishedAt: null, createdAt: now, updatedAt: now, revision: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateTranslation(
  db: Kysely<Database>,
  id: number,
  changes: Partial<TranslationContent & { status: TranslationStatus; publishedAt: string | null; revision: number; sourceRevision: number | null }>,
  now: string,
): Promise<void> {
  await db
    .updateTable('translations')
    .set({ ...changes, updatedAt: now })
    .where('id', '=', id)
    .execute();
}

export async function insertRevision(db: Kysely<Database>, translation: EditorialTranslation, savedBy: number | null, now: string): Promise<void> {
  await db
    .insertInto('translationRevisions')
    .values({
      translationId: translation.id,
      revision: translation.revision,
      slug: translation.slug,
      title: translation.title,
      summary: translation.summary,
      bodyHtml: translation.bodyHtml,
      status: translation.status,
      savedBy,
      savedAt: now,
    })
    .execute();
}

export function listRevisions(db: Kysely<Database>, translationId: number): Promise<RevisionSummary[]> {
  return db
    .selectFrom('translationRevisions as r')
    .leftJoin('users as u', 'u.id', 'r.savedBy')
    .select(['r.revision', 'r.status', 'r.savedAt', 'u.name as savedByName', 'r.title'])
    .where('r.translationId', '=', translationId)
    .orderBy('r.revision', 'desc')
    .execute();
}

export function findRevision(db: Kysely<Database>, translationId: number, revision: number): Promise<Revision | undefined> {
  return db
    .selectFrom('translationRevisions')
    .select(REVISION_COLUMNS)
    .where('translationId', '=', translationId)
    .where('revision', '=', revision)
    .executeTakeFirst();
}

export async function slugTakenByOther(db: Kysely<Database>, language: string, slug: string, storyId: number | null): Promise<boolean> {
  let query = db.selectFrom('translations').select('id').where('language', '=', language).where('slug', '=', slug);
  if (storyId !== null) query = query.where('storyId', '<>', storyId);
  return (await query.executeTakeFirst()) !== undefined;
}
