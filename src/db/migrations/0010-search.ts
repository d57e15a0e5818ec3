/**
 * Search: one row per translation holding its analysed terms (see `src/text/search-analysis.ts`), field by
 * field (the body's distinct terms and their counts, which is all ranking needs and half the size), whatever its status (the staff's stories list searches drafts too; readers' searches keep to
 * `public = 1`). SQLite indexes them with an FTS5 table over those columns (external content, kept in step by
 * triggers, so the terms are stored once); PostgreSQL with a GIN index over their `simple` tsvector, weighted
 * title A, summary B, sections and tags C, body D (the application's score weighs the fields the same way). Both are handed terms already analysed, so neither
 * database's own word handling changes what is found. `diwan reindex` fills it.
 */
import { type Kysely, sql } from 'kysely';
import { dialectOf, timestampType } from '../dialect.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('search_documents')
    .addColumn('translation_id', 'integer', (c) => c.primaryKey().references('translations.id').onDelete('cascade'))
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    /** 1 for a published translation: the only ones readers may find. */
    .addColumn('public', 'integer', (c) => c.notNull())
    .addColumn('published_at', timestampType(db))
    .addColumn('title_terms', 'text', (c) => c.notNull())
    .addColumn('summary_terms', 'text', (c) => c.notNull())
    .addColumn('labels_terms', 'text', (c) => c.notNull())
    /** The body's distinct terms, in order of first use; `body_counts` has how often those used twice or more occur. */
    .addColumn('body_terms', 'text', (c) => c.notNull())
    .addColumn('body_counts', 'text', (c) => c.notNull())
    .addColumn('body_length', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('search_documents_story_index').on('search_documents').column('story_id').execute();

  if (dialectOf(db) === 'postgres') {
    // Besides the weighted terms, the vector holds `@<language>` and, for published translations, `@public`
    // (no term has an @): a search asks the index for its language's public documents, and never reads the rows
    // of other languages that share a word.
    const vector = `(setweight(to_tsvector('simple'::regconfig, title_terms), 'A') || setweight(to_tsvector('simple'::regconfig, summary_terms), 'B') ||
      setweight(to_tsvector('simple'::regconfig, labels_terms), 'C') || setweight(to_tsvector('simple'::regconfig, body_terms), 'D') ||
      array_to_tsvector(case when public = 1 then array['@' || language, '@public'] else array['@' || language] end))`;
    await sql.raw(`create index search_documents_vector_index on search_documents using gin (${vector})`).execute(db);
    // The ids of documents matching a query, newest first, read from the GIN index alone (and-ed with the key's
    // range past since), planned for each call's values. The settings forbid the plans that would build every
    // row's tsvector again by walking the table or its key, and parallel plans, which cost more to start than
    // they save here.
    await sql
      .raw(`create function search_matches(query tsquery, since integer) returns table (translation_id integer)
        language plpgsql stable
        set enable_indexscan = off set enable_seqscan = off set max_parallel_workers_per_gather = 0
        as $$ begin
          return query execute 'select translation_id from search_documents where ' || $vector$${vector}$vector$ ||
            ' @@ $1 and translation_id > $2 order by translation_id desc' using query, since;
        end $$`)
      .execute(db);
    return;
  }
  // Terms are lower case letters, marks and digits already: the tokenizer only splits them on spaces. The
  // language and the public flag are columns of the index too, so a search walks it newest first within them
  // and stops at its limit; positions are not kept (no phrase search), which halves the index.
  await sql`create virtual table search_fts using fts5(title_terms, summary_terms, labels_terms, body_terms, language, public,
    content='search_documents', content_rowid='translation_id', detail=column, columnsize=0,
    tokenize="unicode61 remove_diacritics 0 categories 'L* N* M* Co'")`.execute(db);
  const columns = 'title_terms, summary_terms, labels_terms, body_terms, language, public';
  // The language is one token in the index (pt-BR → ptbr), as `search.repository.ts` asks for it.
  const values = (row: string) =>
    columns
      .split(', ')
      .map((c) => (c === 'language' ? `replace(lower(${row}.language), '-', '')` : `${row}.${c}`))
      .join(', ');
  await sql
    .raw(`create trigger search_documents_insert after insert on search_documents begin
      insert into search_fts(rowid, ${columns}) values (new.translation_id, ${values('new')}); end`)
    .execute(db);
  await sql
    .raw(`create trigger search_documents_delete after delete on search_documents begin
      insert into search_fts(search_fts, rowid, ${columns}) values ('delete', old.translation_id, ${values('old')}); end`)
    .execute(db);
  await sql
    .raw(`create trigger search_documents_update after update on search_documents begin
      insert into search_fts(search_fts, rowid, ${columns}) values ('delete', old.translation_id, ${values('old')});
      insert into search_fts(rowid, ${columns}) values (new.translation_id, ${values('new')}); end`)
    .execute(db);
}
