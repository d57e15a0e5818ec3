import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { readFeed } from '../testing/feed-reader.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const ORIGIN = 'https://news.example.org';

/** A WebSub hub on loopback that records publish pings, or never answers. */
async function startHub(options: { hang?: boolean } = {}) {
  const pings: URLSearchParams[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      pings.push(new URLSearchParams(body));
      if (!options.hang) response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hub`;
  return {
    url,
    pings,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()) && server.closeAllConnections()),
  };
}

async function until(condition: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

await describeOnEachDatabase('WebSub', (dialect) => {
  let hub: Awaited<ReturnType<typeof startHub>>;
  let site: TestApp;

  before(async () => {
    hub = await startHub();
    site = await startTestApp(dialect, { seed: true, config: { websubHubUrl: hub.url } });
  });
  after(async () => {
    await site?.close();
    await hub?.close();
  });

  it('names the hub in every feed, in the document and in the Link header', async () => {
    for (const [format, file] of [
      ['rss', 'rss.xml'],
      ['atom', 'atom.xml'],
      ['json', 'feed.json'],
    ] as const) {
      const response = await site.app.inject(`/fr/${file}`);
      assert.equal(readFeed(format, response.body).hub, hub.url);
      assert.equal(response.headers.link, `<${hub.url}>; rel="hub", <${ORIGIN}/fr/${file}>; rel="self"`);
    }
  });

  it('tells the hub which feeds changed when a story is published, and nothing else', async () => {
    const [section] = await site.features.taxonomy.terms('section', 'en');
    hub.pings.length = 0;
    await site.features.stories.createStory({
      termIds: [section!.id],
      translations: [
        { language: 'en', slug: 'pinged', title: 'Pinged', summary: 'P.', bodyHtml: '<p>P.</p>', publishedAt: new Date(Date.now() - 1000).toISOString() },
      ],
    });
    await until(() => hub.pings.length >= 12, 5000);
    assert.ok(hub.pings.every((ping) => ping.get('hub.mode') === 'publish'));
    const topics = hub.pings.map((ping) => ping.get('hub.url'));
    for (const topic of [
      `${ORIGIN}/en/rss.xml`,
      `${ORIGIN}/en/atom.xml`,
      `${ORIGIN}/en/feed.json`,
      `${ORIGIN}/en/sections/${section!.slug}/rss.xml`,
      `${ORIGIN}/ar/sections/${section!.slug}/atom.xml`,
    ]) {
      assert.ok(topics.includes(topic), topic);
    }
    assert.ok(!topics.some((topic) => topic?.startsWith(`${ORIGIN}/fr/rss.xml`)), 'the French home feed did not change');
  });
});

await describeOnEachDatabase('WebSub with a hub that never answers', (dialect) => {
  it('publishes at once and shuts down promptly, abandoning the pings', async () => {
    const hub = await startHub({ hang: true });
    const site = await startTestApp(dialect, { config: { websubHubUrl: hub.url } });
    try {
      const started = performance.now();
      await site.features.stories.createStory({
        translations: [{ language: 'en', slug: 'slow-hub', title: 'Slow hub', summary: 'S.', bodyHtml: '<p>S.</p>', publishedAt: new Date().toISOString() }],
      });
      assert.ok(performance.now() - started < 2000, 'publishing does not wait for the hub');
      await until(() => hub.pings.length > 0, 5000);
    } finally {
      const closing = performance.now();
      await site.close();
      assert.ok(performance.now() - closing < 3000, `closed in ${Math.round(performance.now() - closing)} ms`);
      await hub.close();
    }
  });
});
