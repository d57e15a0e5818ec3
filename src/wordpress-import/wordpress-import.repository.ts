/**
 * The import's SQL: its own tables (`wordpress_items`, `redirects`) and the story rows it writes.
 * Stories and translations are shared with `stories` and `editorial`, which write them too.
 */
import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../db/dialect.ts';
import type { Database, NewTranslationRow, WordpressItemKind } from '../db/schema.ts';

export interface ImportedItem {
  wpId: number;
  targetId: number;
  storyId: number | null;
  fingerprint: string;
  revision: number | null;
}

export async function loadImportedItems(db: Kysely<Database>, source: string, kind: WordpressItemKind): Promise<Map<number, ImportedItem>> {
  const rows = await db
    .selectFrom('wordpressItems')
    .select(['wpId', 'targetId', 'storyId', 'fingerprint', 'revision'])
    .where('source', '=', source)
    .where('kind', '=', kind)
    .execute();
  return new Map(rows.map((row) => [row.wpId, row]));
}

export async function saveImportedItem(
  db: Kysely<Database>,
  row: ImportedItem & { source: string; kind: WordpressItemKind; guid: string },
  now: string,
): Promise<void> {
  const values = { ...row, importedAt: now };
  await db
    .insertInto('wordpressItems')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['source', 'kind', 'wpId']).doUpdateSet({
        guid: values.guid,
        targetId: values.targetId,
        storyId: values.storyId,
        fingerprint: values.fingerprint,
        revision: values.revision,
        importedAt: now,
      }),
    )
    .execute();
}

export interface StoryRow {
  createdBy: number | null;
  heroImageId: number | null;
  createdAt: string;
}

export async function insertStory(db: Kysely<Database>, story: StoryRow): Promise<number> {
  const { id } = await db
    .insertInto('stories')
    .values({ featured: 0, heroImageId: story.heroImageId, createdBy: story.createdBy, createdAt: story.createdAt, updatedAt: story.createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** A story takes the first hero image its translations bring; one an editor chose stays. */
export async function setHeroImageIfNone(db: Kysely<Database>, storyId: number, imageId: number): Promise<void> {
  await db.updateTable('stories').set({ heroImageId: imageId }).where('id', '=', storyId).where('heroImageId', 'is', null).execute();
}

export async function addStoryTerms(db: Kysely<Database>, storyId: number, termIds: readonly number[]): Promise<void> {
  if (termIds.length === 0) return;
  await db
    .insertInto('storyTerms')
    .values(termIds.map((termId) => ({ storyId, termId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function addStoryMemberStates(db: Kysely<Database>, storyId: number, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  await db
    .insertInto('storyMemberStates')
    .values(codes.map((code) => ({ storyId, code })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export type TranslationRow = Required<
  Pick<
    NewTranslationRow,
    'storyId' | 'language' | 'slug' | 'title' | 'summary' | 'bodyHtml' | 'status' | 'publishedAt' | 'createdBy' | 'createdAt' | 'updatedAt'
  >
>;

export async function insertTranslation(db: Kysely<Database>, row: TranslationRow): Promise<number> {
  const { id } = await db
    .insertInto('translations')
    .values({ ...row, origin: 'human', revision: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The import's own changes leave the revision as it was, so the next run can tell editors' saves from its own. */
export async function updateTranslation(
  db: Kysely<Database>,
  id: number,
  changes: Pick<TranslationRow, 'title' | 'summary' | 'bodyHtml' | 'status' | 'publishedAt' | 'updatedAt'>,
): Promise<void> {
  await db.updateTable('translations').set(changes).where('id', '=', id).execute();
}

export async function findTranslation(
  db: Kysely<Database>,
  id: number,
): Promise<{ storyId: number; slug: string; revision: number; bodyHtml: string } | undefined> {
  return db.selectFrom('translations').select(['storyId', 'slug', 'revision', 'bodyHtml']).where('id', '=', id).executeTakeFirst();
}

export async function updateTranslationBody(db: Kysely<Database>, id: number, bodyHtml: string): Promise<void> {
  await db.updateTable('translations').set({ bodyHtml }).where('id', '=', id).execute();
}

export async function storyHasLanguage(db: Kysely<Database>, storyId: number, language: string): Promise<boolean> {
  const row = await db.selectFrom('translations').select('id').where('storyId', '=', storyId).where('language', '=', language).executeTakeFirst();
  return row !== undefined;
}

export async function slugTaken(db: Kysely<Database>, language: string, slug: string): Promise<boolean> {
  return (await db.selectFrom('translations').select('id').where('language', '=', language).where('slug', '=', slug).executeTakeFirst()) !== undefined;
}

export async function saveRedirects(db: Kysely<Database>, keys: readonly string[], storyId: number, language: string): Promise<void> {
  if (keys.length === 0) return;
  await db
    .insertInto('redirects')
    .values(keys.map((oldPath) => ({ oldPath, storyId, language })))
    .onConflict((oc) => oc.column('oldPath').doUpdateSet({ storyId, language }))
    .execute();
}

/** Where an old address leads now: the published translation it was imported as, under its current slug. */
export async function findRedirect(db: Kysely<Database>, keys: readonly string[], now: string): Promise<{ oldPath: string; language: string; slug: string }[]> {
  if (keys.length === 0) return [];
  return db
    .selectFrom('redirects as r')
    .innerJoin('translations as t', (join) => join.onRef('t.storyId', '=', 'r.storyId').onRef('t.language', '=', 'r.language'))
    .select(['r.oldPath', 't.language', 't.slug'])
    .where('r.oldPath', 'in', keys)
    .where('t.status', '=', 'published')
    .where('t.publishedAt', '<=', now)
    .execute();
}

/** Where each post imported before now lives: WordPress post id → language and slug, for links between posts. */
export async function loadImportedAddresses(db: Kysely<Database>, source: string): Promise<Map<number, { language: string; slug: string }>> {
  const rows = await db
    .selectFrom('wordpressItems as w')
    .innerJoin('translations as t', 't.id', 'w.targetId')
    .select(['w.wpId', 't.language', 't.slug'])
    .where('w.source', '=', source)
    .where('w.kind', '=', 'post')
    .execute();
  return new Map(rows.map((row) => [row.wpId, { language: row.language, slug: row.slug }]));
}

/**
 * An import can be run again, so its thousands of commits need not each wait for the disk: SQLite
 * syncs its WAL at checkpoints only (`synchronous = NORMAL`, never corrupting), PostgreSQL answers a
 * commit before its WAL is flushed (`synchronous_commit = off`, per transaction). `makeDurable` ends that.
 */
export async function relaxCommits(db: Kysely<Database>): Promise<void> {
  const sqlite = dialectOf(db) === 'sqlite';
  // SQLite's is set once for the connection (never inside a transaction), PostgreSQL's in each one.
  if (sqlite && !db.isTransaction) await sql`pragma synchronous = normal`.execute(db);
  else if (!sqlite && db.isTransaction) await sql`set local synchronous_commit = off`.execute(db);
}

/** Puts everything committed so far on disk, and commits wait for the disk again. */
export async function makeDurable(db: Kysely<Database>): Promise<void> {
  if (dialectOf(db) === 'sqlite') {
    await sql`pragma synchronous = full`.execute(db);
    // In NORMAL mode the WAL is synced before a checkpoint: every commit of the import is then on disk.
    await sql`pragma wal_checkpoint(passive)`.execute(db);
  } else {
    // A commit that waits for the WAL flush flushes everything written before it.
    await db.transaction().execute((trx) => sql`select txid_current()`.execute(trx));
  }
}
