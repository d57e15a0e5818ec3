import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { openScratchDatabase } from '../testing/databases.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { replaceSegments } from './translation.repository.ts';

await describeOnEachDatabase('the segments a machine translation is made of', (dialect) => {
  let db: Kysely<Database>;
  let close: () => Promise<void>;
  before(async () => ({ db, close } = await openScratchDatabase(dialect)));
  after(() => close());

  const segmentsOf = async (storyId: number) =>
    (await db.selectFrom('machineTranslationSegments').select('sourceHash').where('storyId', '=', storyId).where('language', '=', 'es').execute())
      .map((row) => row.sourceHash)
      .sort();

  it('are stored once when two instances translate the same story at the same moment', async () => {
    const at = new Date().toISOString();
    const { id } = await db
      .insertInto('stories')
      .values({ featured: 0, heroImageId: null, createdAt: at, updatedAt: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    const hashes = Array.from({ length: 40 }, (_, i) => `segment-${i}`);
    // Two workers each asked for the Spanish page: both translate, both store what it is made of.
    await Promise.all([replaceSegments(db, id, 'es', hashes), replaceSegments(db, id, 'es', hashes), replaceSegments(db, id, 'es', hashes)]);
    assert.deepEqual(await segmentsOf(id), [...hashes].sort());

    // A later revision replaces the list.
    await replaceSegments(db, id, 'es', ['segment-1', 'segment-new']);
    assert.deepEqual(await segmentsOf(id), ['segment-1', 'segment-new']);
  });
});
