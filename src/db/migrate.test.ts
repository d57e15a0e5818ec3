import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createScratchDatabase, openScratchDatabase } from '../testing/databases.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';

await describeOnEachDatabase('migrations', (dialect) => {
  it('create the schema once; running them again changes nothing', async () => {
    const scratch = await createScratchDatabase(dialect);
    const { db, close } = openDatabase(scratch.target);
    try {
      const first = await migrateToLatest(db);
      assert.ok(first.length >= 1);
      const tables = (await db.introspection.getTables()).map((table) => table.name).sort();
      const second = await migrateToLatest(db);
      assert.deepEqual(second, []);
      assert.deepEqual((await db.introspection.getTables()).map((table) => table.name).sort(), tables);
      for (const table of ['stories', 'translations', 'terms', 'term_names', 'member_states', 'images', 'settings']) {
        assert.ok(tables.includes(table), table);
      }
    } finally {
      await close();
      await scratch.drop();
    }
  });

  it('refuse two translations with the same slug in one language', async () => {
    const { db, close } = await openScratchDatabase(dialect);
    try {
      const now = new Date().toISOString();
      const story = await db
        .insertInto('stories')
        .values({ featured: 0, heroImageId: null, createdAt: now, updatedAt: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      const translation = {
        storyId: story.id,
        slug: 'same',
        title: 'T',
        summary: 'S',
        bodyHtml: '<p>B</p>',
        status: 'draft' as const,
        origin: 'human' as const,
        publishedAt: null,
        createdAt: now,
        updatedAt: now,
      };
      await db
        .insertInto('translations')
        .values({ ...translation, language: 'en' })
        .execute();
      await db
        .insertInto('translations')
        .values({ ...translation, language: 'fr' })
        .execute();
      const other = await db
        .insertInto('stories')
        .values({ featured: 0, heroImageId: null, createdAt: now, updatedAt: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await assert.rejects(
        db
          .insertInto('translations')
          .values({ ...translation, storyId: other.id, language: 'en' })
          .execute(),
      );
    } finally {
      await close();
    }
  });
});
