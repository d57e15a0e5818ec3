import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { User } from '../accounts/index.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { rebuildIndex } from './search-indexer.ts';

const text = (title: string, body = '<p>Plain words.</p>') => ({ title, slug: '', summary: '', bodyHtml: body });

await describeOnEachDatabase('the search index', (dialect) => {
  let site: TestApp;
  let editor: User;
  const filing = { featured: false, heroImageId: null, termIds: [] as number[], memberStates: [] as string[] };
  const editorial = () => site.features.editorial;
  const found = async (language: string, q: string) =>
    (await site.features.search.search({ language, q, page: 1 })).hits.map((hit) => `${hit.storyId} ${hit.language}`);

  before(async () => {
    site = await startTestApp(dialect);
    editor = await site.features.accounts.createUser(
      { email: 'editor@example.org', name: 'Editor', password: 'a long enough password', role: 'editor', interfaceLanguage: 'en' },
      null,
    );
  });
  after(() => site?.close());

  it('never finds a draft or a story in review; finds it once published, and no more once archived (unpublished)', async () => {
    const id = await editorial().createStory('en', text('Hydrology workshop in Dakar'), filing, editor);
    assert.deepEqual(await found('en', 'hydrology'), []);
    await editorial().move(id, 'en', 'review', editor);
    assert.deepEqual(await found('en', 'hydrology'), []);
    await editorial().move(id, 'en', 'published', editor);
    assert.deepEqual(await found('en', 'hydrology'), [`${id} en`]);
    await editorial().move(id, 'en', 'archived', editor);
    assert.deepEqual(await found('en', 'hydrology'), [], 'archived');
    await editorial().move(id, 'en', 'draft', editor);
    assert.deepEqual(await found('en', 'hydrology'), [], 'back to draft');
    await editorial().move(id, 'en', 'published', editor);
    assert.deepEqual(await found('en', 'hydrology'), [`${id} en`], 'published again');
  });

  it('follows an edit of a published translation: the new words are found, the old ones no more', async () => {
    const id = await editorial().createStory('fr', text('Atelier de calligraphie à Fès'), filing, editor);
    await editorial().move(id, 'fr', 'published', editor);
    assert.deepEqual(await found('fr', 'calligraphie'), [`${id} fr`]);
    await editorial().save(id, 'fr', text('Atelier de céramique à Fès'), null, editor);
    assert.deepEqual(await found('fr', 'calligraphie'), []);
    assert.deepEqual(await found('fr', 'céramiques'), [`${id} fr`]);
  });

  it('finds a scheduled translation only once the scheduler has published it', async () => {
    const id = await editorial().createStory('ar', text('ملتقى الخط العربي في فاس'), filing, editor);
    await editorial().move(id, 'ar', 'scheduled', editor, new Date(Date.now() + 3_600_000).toISOString());
    assert.deepEqual(await found('ar', 'الخط'), []);
    await site.database.db
      .updateTable('translations')
      .set({ publishedAt: new Date(Date.now() - 1000).toISOString() })
      .where('storyId', '=', id)
      .execute();
    assert.deepEqual(await found('ar', 'الخط'), [], 'due, but not yet published by the scheduler');
    assert.equal(await site.features.stories.publishDue(), 1);
    assert.deepEqual(await found('ar', 'الخط'), [`${id} ar`]);
  });

  it('finds stories by the names of their section, tags and Member States, and follows a renamed section', async () => {
    const sectionId = await site.features.taxonomy.createTerm('section', 'oceans', { en: 'Oceanography', fr: 'Océanographie', ar: 'علوم البحار' });
    await site.features.taxonomy.addMemberStates(['MA']);
    const id = await editorial().createStory('en', text('Coral survey results'), { ...filing, termIds: [sectionId], memberStates: ['MA'] }, editor);
    await editorial().move(id, 'en', 'published', editor);
    assert.deepEqual(await found('en', 'oceanography'), [`${id} en`]);
    assert.deepEqual(await found('en', 'coral morocco'), [`${id} en`]);
    await site.features.taxonomy.saveTerm('section', sectionId, { slug: 'oceans', names: { en: 'Marine Sciences' } });
    assert.deepEqual(await found('en', 'oceanography'), []);
    assert.deepEqual(await found('en', 'marine'), [`${id} en`]);
  });

  it('lets the newsroom’s stories list find drafts by the words of their titles, analysed as readers’ searches are', async () => {
    const id = await editorial().createStory('ar', text('افتتاح المدرسة الرقمية'), filing, editor);
    for (const words of ['المدرسه', 'مدرسة الرقميه', 'الْمَدْرَسَة']) {
      const { rows } = await editorial().list({ text: words }, 1);
      assert.deepEqual(
        rows.map((row) => [row.storyId, row.status]),
        [[id, 'draft']],
        words,
      );
    }
    assert.deepEqual((await editorial().list({ text: 'Plain words' }, 1)).rows, [], 'only titles are searched there');
  });

  it('is rebuilt whole by a reindex, reporting progress, with the same results', async () => {
    const before = await found('fr', 'céramique');
    await site.database.db.deleteFrom('searchDocuments').execute();
    assert.deepEqual(await found('fr', 'céramique'), []);
    const steps: number[] = [];
    const done = await rebuildIndex(site.database.db, site.features.searchIndex, (progress) => steps.push(progress.stories));
    assert.equal(done.stories, done.total);
    assert.deepEqual(steps, [done.stories]);
    assert.deepEqual(await found('fr', 'céramique'), before);
  });
});
