import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Kysely } from 'kysely';
import { type ChangeBus, changeOfEverything, contentKeys, createLocalChangeBus } from '../changes/index.ts';
import type { Database } from '../db/schema.ts';
import { openScratchDatabase } from '../testing/databases.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { insertTerm, replaceTermNames } from './taxonomy.repository.ts';
import { createTermDictionary } from './term-dictionary.ts';

await describeOnEachDatabase('the term dictionary of article pages', (dialect) => {
  let db: Kysely<Database>;
  let close: () => Promise<void>;
  const changes: ChangeBus = createLocalChangeBus({ error: () => {} });
  before(async () => ({ db, close } = await openScratchDatabase(dialect)));
  after(() => close());

  it('gives terms in menu order, a term made since it was read, and a renamed term’s new name', async () => {
    const dictionary = createTermDictionary(db, changes);
    const water = await insertTerm(db, { kind: 'tag', slug: 'water', position: 0 }, { en: 'Water', fr: 'Eau' });
    const culture = await insertTerm(db, { kind: 'section', slug: 'culture', position: 1 }, { en: 'Culture' });
    const arts = await insertTerm(db, { kind: 'tag', slug: 'arts', position: 0 }, { en: 'Arts' });
    assert.deepEqual(
      (await dictionary.termsOf([culture, water, arts])).map((term) => term.slug),
      ['arts', 'water', 'culture'],
    );
    assert.deepEqual(await dictionary.termsOf([]), []);

    // Made by another instance, announced only for its own listings.
    const energy = await insertTerm(db, { kind: 'tag', slug: 'energy', position: 0 }, { en: 'Energy' });
    await changes.publish({ keys: [contentKeys.term(energy)] });
    assert.deepEqual(
      (await dictionary.termsOf([energy])).map((term) => term.names.get('en')),
      ['Energy'],
    );

    await replaceTermNames(db, water, { en: 'Fresh water', fr: 'Eau douce' });
    assert.equal((await dictionary.termsOf([water]))[0]!.names.get('en'), 'Water', 'kept until the rename is announced');
    await changes.publish(changeOfEverything());
    assert.equal((await dictionary.termsOf([water]))[0]!.names.get('fr'), 'Eau douce');
  });
});
