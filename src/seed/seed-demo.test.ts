import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { seedDemoContentIfEmpty } from './index.ts';
import { DEMO_STORIES } from './seed-demo.ts';

describe('demo content', () => {
  it('has the ICESCO–Indonesia story in three languages and at least 30 more across four sectors', () => {
    const [main, ...others] = DEMO_STORIES;
    assert.deepEqual(Object.keys(main!.translations).sort(), ['ar', 'en', 'fr']);
    assert.equal(main!.translations.en?.slug, 'icesco-indonesia-new-routes-for-cooperation');
    assert.ok(others.length >= 30, `${others.length} other stories`);
    const sections = new Set(DEMO_STORIES.flatMap((story) => story.sections));
    assert.equal(sections.size, 4);
    const states = new Set(DEMO_STORIES.flatMap((story) => story.memberStates));
    assert.ok(states.size >= 12, `${states.size} Member States`);
    assert.ok(others.some((story) => Object.keys(story.translations).length === 1));
    assert.ok(others.some((story) => Object.keys(story.translations).length === 2));
    assert.ok(DEMO_STORIES.filter((story) => story.image).length >= 3);
    const keys = DEMO_STORIES.map((story) => story.key);
    assert.equal(new Set(keys).size, keys.length, 'story keys are unique');
    for (const story of others) assert.ok(story.daysAgo >= 0 && story.daysAgo <= 731, story.key);
  });
});

await describeOnEachDatabase('seeding', (dialect) => {
  let site: TestApp;
  before(async () => {
    site = await startTestApp(dialect);
  });
  after(() => site?.close());

  it('fills an empty database once, and never again', async () => {
    const first = await seedDemoContentIfEmpty(site.database.db, site.config);
    assert.deepEqual(first, { stories: DEMO_STORIES.length });
    const count = async (table: 'stories' | 'translations' | 'images') =>
      Number(
        (
          await site.database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const counts = { stories: await count('stories'), translations: await count('translations'), images: await count('images') };
    assert.equal(counts.stories, DEMO_STORIES.length);
    assert.equal(await seedDemoContentIfEmpty(site.database.db, site.config), null);
    assert.deepEqual({ stories: await count('stories'), translations: await count('translations'), images: await count('images') }, counts);
  });
});
