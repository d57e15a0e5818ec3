/**
 * Two Diwan instances on different ports sharing one PostgreSQL database, as behind a load balancer:
 * what one changes, the other shows fresh within a second; a scheduled story is published once;
 * stopping one leaves the other serving.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../src/db/database.ts';
import { DEMO_STORIES } from '../src/seed/seed-demo.ts';
import { createScratchDatabase, type ScratchDatabase, skipUnlessDialect } from '../src/testing/databases.ts';
import { type Instance, startInstance, waitForPage } from '../src/testing/instances.ts';

const ARTICLE = '/en/news/icesco-indonesia-new-routes-for-cooperation';

describe('several instances on one PostgreSQL database', { skip: await skipUnlessDialect('postgres') }, () => {
  let scratch: ScratchDatabase;
  let a: Instance;
  let b: Instance;
  // A WebSub hub on loopback, recording the feeds it is told about.
  const topics: string[] = [];
  const hub = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      topics.push(new URLSearchParams(body).get('hub.url') ?? '');
      response.writeHead(204).end();
    });
  });

  before(async () => {
    scratch = await createScratchDatabase('postgres');
    await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
    const env = { DIWAN_SCHEDULER_SECONDS: '3600', WEBSUB_HUB_URL: `http://127.0.0.1:${(hub.address() as AddressInfo).port}/` };
    // Started together: the seed must still happen once. Schedulers are ticked by hand below.
    [a, b] = await Promise.all([startInstance(scratch.target, env), startInstance(scratch.target, env)]);
  });
  after(async () => {
    await Promise.allSettled([a?.stop(), b?.stop()]);
    await scratch?.drop();
    hub.closeAllConnections();
    hub.close();
  });

  it('seeds the demo newsroom once although both started at the same moment', async () => {
    assert.equal(await a.features.stories.countStories(), DEMO_STORIES.length);
  });

  it('shows a settings change made through one instance on the other within a second', async () => {
    const cached = await fetch(`${b.origin}${ARTICLE}`);
    assert.equal((await fetch(`${b.origin}${ARTICLE}`)).headers.get('etag'), cached.headers.get('etag'), 'B serves the page from its cache');
    await a.features.settings.update({ organizationName: { ...a.features.settings.current().organizationName, en: 'Shared Newsroom' } });
    const took = await waitForPage(`${b.origin}${ARTICLE}`, (html) => html.includes('Shared Newsroom'), 1000);
    assert.ok(took < 1000, `${took} ms`);
  });

  it('shows a story published through one instance on the other’s cached home page within a second', async () => {
    await fetch(`${b.origin}/en/`);
    await a.features.stories.createStory({
      translations: [
        { language: 'en', slug: 'from-a', title: 'Published through instance A', summary: 'A.', bodyHtml: '<p>A.</p>', publishedAt: new Date().toISOString() },
      ],
    });
    const took = await waitForPage(`${b.origin}/en/`, (html) => html.includes('Published through instance A'), 1000);
    assert.ok(took < 1000, `${took} ms`);
  });

  it('shows a story published through one instance in the other’s cached feeds within a second, and tells the hub once', async () => {
    await fetch(`${b.origin}/en/atom.xml`);
    topics.length = 0;
    await a.features.stories.createStory({
      translations: [
        { language: 'en', slug: 'feed-from-a', title: 'In the feed through A', summary: 'A.', bodyHtml: '<p>A.</p>', publishedAt: new Date().toISOString() },
      ],
    });
    const took = await waitForPage(`${b.origin}/en/atom.xml`, (xml) => xml.includes('In the feed through A'), 1000);
    assert.ok(took < 1000, `${took} ms`);
    await waitForPage(`${b.origin}/sitemaps/en/articles-1.xml`, (xml) => xml.includes('/en/news/feed-from-a'), 1000);
    const deadline = Date.now() + 3000;
    while (topics.length < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(topics.filter((topic) => topic.endsWith('/en/atom.xml')).length, 1, topics.join(' '));
  });

  it('publishes a due scheduled story exactly once, however many instances try at the same time', async () => {
    const storyId = await b.features.stories.createStory({
      translations: [
        {
          language: 'en',
          slug: 'scheduled',
          title: 'Scheduled announcement',
          summary: 'S.',
          bodyHtml: '<p>S.</p>',
          publishedAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      ],
    });
    const { db } = openDatabase(scratch.target);
    await db
      .updateTable('translations')
      .set({ publishedAt: new Date(Date.now() - 1000).toISOString() })
      .where('storyId', '=', storyId)
      .execute();
    await db.destroy();
    const counts = await Promise.all([a.scheduler.tick(), b.scheduler.tick(), a.features.stories.publishDue(), b.features.stories.publishDue()]);
    assert.equal(
      counts.reduce<number>((sum, n) => sum + (n ?? 0), 0),
      1,
      `published ${JSON.stringify(counts)}`,
    );
    await waitForPage(`${a.origin}/en/`, (html) => html.includes('Scheduled announcement'), 1000);
    await waitForPage(`${b.origin}/en/`, (html) => html.includes('Scheduled announcement'), 1000);
  });

  it('keeps serving, and keeps its cache fresh, when the other instance stops', async () => {
    await a.stop();
    await assert.rejects(fetch(`${a.origin}/en/`));
    for (let i = 0; i < 5; i++) assert.equal((await fetch(`${b.origin}${ARTICLE}`)).status, 200);
    await b.features.settings.update({ organizationName: { ...b.features.settings.current().organizationName, en: 'Still Here' } });
    await waitForPage(`${b.origin}${ARTICLE}`, (html) => html.includes('Still Here'), 1000);
    assert.equal((await fetch(`${b.origin}/readyz`)).status, 200);
  });
});
