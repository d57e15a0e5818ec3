import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { openDatabase } from '../db/database.ts';
import { createScratchDatabase } from '../testing/databases.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startInstance, waitForPage } from '../testing/instances.ts';

await describeOnEachDatabase('scheduled publishing', (dialect) => {
  const scratch = createScratchDatabase(dialect);
  after(async () => (await scratch).drop());

  it('publishes a story that fell due while the server was down as soon as it starts again', async () => {
    const { target } = await scratch;
    const first = await startInstance(target, { DIWAN_SEED_DEMO: 'false' });
    await first.features.stories.createStory({
      translations: [
        {
          language: 'en',
          slug: 'overdue',
          title: 'Overdue story',
          summary: 'Late.',
          bodyHtml: '<p>Late.</p>',
          publishedAt: new Date(Date.now() + 60_000).toISOString(),
        },
      ],
    });
    assert.equal((await fetch(`${first.origin}/en/news/overdue`)).status, 404);
    await first.stop();

    const handle = openDatabase(target);
    await handle.db
      .updateTable('translations')
      .set({ publishedAt: new Date(Date.now() - 60_000).toISOString() })
      .where('slug', '=', 'overdue')
      .execute();
    await handle.close();

    const second = await startInstance(target, { DIWAN_SEED_DEMO: 'false' });
    try {
      await waitForPage(`${second.origin}/en/news/overdue`, (html) => html.includes('Overdue story'), 5000);
      const check = openDatabase(target);
      const row = await check.db.selectFrom('translations').select('status').where('slug', '=', 'overdue').executeTakeFirstOrThrow();
      await check.close();
      assert.equal(row.status, 'published');
    } finally {
      await second.stop();
    }
  });

  it('publishes a story at its time while running', async () => {
    const { target } = await scratch;
    const server = await startInstance(target, { DIWAN_SEED_DEMO: 'false', DIWAN_SCHEDULER_SECONDS: '1' });
    try {
      await server.features.stories.createStory({
        translations: [
          {
            language: 'fr',
            slug: 'bientot',
            title: 'Bientôt publié',
            summary: 'B.',
            bodyHtml: '<p>B.</p>',
            publishedAt: new Date(Date.now() + 1500).toISOString(),
          },
        ],
      });
      assert.doesNotMatch(await (await fetch(`${server.origin}/fr/`)).text(), /Bientôt publié/);
      await waitForPage(`${server.origin}/fr/`, (html) => html.includes('Bientôt publié'), 5000);
    } finally {
      await server.stop();
    }
  });
});
