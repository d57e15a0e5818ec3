import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { openScratchDatabase } from '../testing/databases.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { createImageRecords } from './image-records.ts';
import { insertImage } from './media.repository.ts';

const NOW = '2026-11-29T00:00:00.000Z';
const image = (storageKey: string) => ({
  storageKey,
  width: 1200,
  height: 800,
  widths: [480, 960],
  alts: { en: `Photo ${storageKey}`, ar: `صورة ${storageKey}` },
});

await describeOnEachDatabase('image records for pages', (dialect) => {
  let db: Kysely<Database>;
  let close: () => Promise<void>;
  before(async () => ({ db, close } = await openScratchDatabase(dialect)));
  after(() => close());

  it('gives each asked image once, in the order asked, with its alt texts, and skips ids that are not images', async () => {
    const first = await insertImage(db, image('first'), NOW);
    const second = await insertImage(db, image('second'), NOW);
    const records = createImageRecords(db);
    const found = await records.byIds([second, first, second, 9999]);
    assert.deepEqual(
      found.map((record) => record.storageKey),
      ['second', 'first'],
    );
    assert.deepEqual(found[0]!.alts, { en: 'Photo second', ar: 'صورة second' });
    assert.deepEqual(
      (await records.byIds([first])).map((record) => record.alts.en),
      ['Photo first'],
      'a kept record is the same on the next page',
    );
  });

  it('finds an image stored after a page had asked for its id', async () => {
    const records = createImageRecords(db);
    assert.deepEqual(await records.byIds([4242]), []);
    const late = await insertImage(db, image('late'), NOW);
    assert.deepEqual(
      (await records.byIds([late])).map((record) => record.storageKey),
      ['late'],
    );
  });

  it('keeps no more records than its capacity, and still finds the ones let go', async () => {
    const ids = [await insertImage(db, image('a'), NOW), await insertImage(db, image('b'), NOW), await insertImage(db, image('c'), NOW)];
    const records = createImageRecords(db, 2);
    assert.deepEqual(
      (await records.byIds(ids)).map((record) => record.storageKey),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(
      (await records.byIds([ids[0]!])).map((record) => record.storageKey),
      ['a'],
    );
  });
});
