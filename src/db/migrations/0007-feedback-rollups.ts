/**
 * Faster feedback reports over long periods: answers per month (with page) and per day (without
 * page) beside the daily rollups, filled from them, and an index for the comments list.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('feedback_month_rollups')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('page_path', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('section_id', 'integer', (c) => c.notNull())
    .addColumn('machine_translated', 'integer', (c) => c.notNull())
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('answers', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_month_rollups_pk', ['month', 'page_path', 'language', 'section_id', 'machine_translated', 'rating'])
    .execute();
  await db.schema
    .createTable('feedback_day_totals')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('section_id', 'integer', (c) => c.notNull())
    .addColumn('machine_translated', 'integer', (c) => c.notNull())
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('answers', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_day_totals_pk', ['day', 'language', 'section_id', 'machine_translated', 'rating'])
    .execute();
  await sql`insert into feedback_month_rollups (month, page_path, language, section_id, machine_translated, rating, answers)
    select substr(day, 1, 7), page_path, language, section_id, machine_translated, rating, sum(answers) from feedback_rollups
    group by substr(day, 1, 7), page_path, language, section_id, machine_translated, rating`.execute(db);
  await sql`insert into feedback_day_totals (day, language, section_id, machine_translated, rating, answers)
    select day, language, section_id, machine_translated, rating, sum(answers) from feedback_rollups
    group by day, language, section_id, machine_translated, rating`.execute(db);
  await db.schema
    .createIndex('feedback_answers_comments_index')
    .on('feedback_answers')
    .columns(['created_at', 'id'])
    .where(sql.ref('comment'), 'is not', null)
    .execute();
}
