import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createScratchDatabase, type ScratchDatabase } from '../testing/databases.ts';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createImageRecords } from './image-records.ts';
import { insertImage } from './media.repository.ts';

const NOW = '2026-11-29T00:00:00.000Z';
const image = (storageKey: string) => ({ storageKey, width: 1200, height: 800, widths: [480, 960], alts: { en: `Photo ${storageKey}`, ar: `صورة ${storageKey}` } });

describe('image records pages read', () => {
  let scratch: ScratchDatabase;
  let database: DatabaseHandle;
  before(async () => {
    scratch = await createScratchDatabase('sqlite');
    database = openDatabase(scratch.target);
    await migrateToLatest(database.db);
  });
  after(async () => {
    await database.close();
    await scratch.drop();
  });

  it('gives each asked image once, in the order asked, with its alt texts, and skips ids that are not images', async () => {
    const first = await insertImage(database.db, image('first'), NOW);
    const second = await insertImage(database.db, image('second'), NOW);
    const records = createImageRecords(database.db);
    const found = await records.byIds([second, first, second, 9999]);
    assert.deepEqual(found.map((record) => record.storageKey), ['second', 'first']);
    assert.deepEqual(found[0]!.alts, { en: 'Photo second', ar: 'صورة second' });
    assert.deepEqual((await records.byIds([first])).map((record) => record.alts.en), ['Photo first'], 'a kept record is the same on the next page');
  });

  it('finds an image stored after a page had asked for its id', async () => {
    const records = createImageRecords(database.db);
    assert.deepEqual(await records.byIds([4242]), []);
    const late = await insertImage(database.db, image('late'), NOW);
    assert.deepEqual((await records.byIds([late])).map((record) => record.storageKey), ['late']);
  });

  it('keeps no more records than its capacity, and still finds the ones let go', async () => {
    const ids = [await insertImage(database.db, image('a'), NOW), await insertImage(database.db, image('b'), NOW), await insertImage(database.db, image('c'), NOW)];
    const records = createImageRecords(database.db, 2);
    assert.deepEqual((await records.byIds(ids)).map((record) => record.storageKey), ['a', 'b', 'c']);
    assert.deepEqual((await records.byIds([ids[0]!])).map((record) => record.storageKey), ['a']);
  });
});
