/**
 * The relevance fixture on both databases: every query finds its story in the first three results, and SQLite
 * and PostgreSQL rank every query's results in the same order. `RELEVANCE_TABLE=<file>` writes the table of
 * found ranks (Markdown) for the record.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { type DialectName, skipUnlessDialect } from '../testing/databases.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { FIXTURE_QUERIES, FIXTURE_STORIES } from './relevance-fixture.ts';

const rankings = new Map<DialectName, Map<string, string[]>>();
const label = (query: { language: string; q: string }) => `${query.language}: ${query.q}`;

await describeOnEachDatabase('search relevance', (dialect) => {
  let site: TestApp;
  const keyOf = new Map<string, string>();
  const found = new Map<string, string[]>();
  rankings.set(dialect, found);

  before(async () => {
    site = await startTestApp(dialect);
    const day = Date.parse('2026-01-01T08:00:00Z');
    for (const [i, story] of FIXTURE_STORIES.entries()) {
      const storyId = await site.features.stories.createStory({
        translations: [
          {
            language: story.language,
            title: story.title,
            summary: story.summary,
            bodyHtml: story.body,
            publishedAt: new Date(day + i * 86_400_000).toISOString(),
          },
        ],
      });
      keyOf.set(`${storyId} ${story.language}`, story.key);
    }
  });
  after(() => site?.close());

  for (const query of FIXTURE_QUERIES) {
    it(`finds ${query.expect} in the first three for “${query.q}” (${query.language}, ${query.about})`, async () => {
      const outcome = await site.features.search.search({ language: query.language, q: query.q, page: 1 });
      const keys = outcome.hits.map((hit) => keyOf.get(`${hit.storyId} ${hit.language}`)!);
      found.set(label(query), keys);
      assert.ok(keys.slice(0, 3).includes(query.expect), `found ${keys.join(', ') || 'nothing'}`);
    });
  }
});

describe('search relevance on both databases', async () => {
  const skip = (await skipUnlessDialect('sqlite')) || (await skipUnlessDialect('postgres'));

  it('ranks every fixture query’s results in the same order on SQLite and PostgreSQL', { skip }, () => {
    const sqlite = rankings.get('sqlite')!;
    const postgres = rankings.get('postgres')!;
    assert.equal(sqlite.size, FIXTURE_QUERIES.length);
    for (const query of FIXTURE_QUERIES) assert.deepEqual(postgres.get(label(query)), sqlite.get(label(query)), label(query));
    const table = process.env.RELEVANCE_TABLE;
    if (table) {
      const rankIn = (keys: string[] | undefined, key: string) => String((keys?.indexOf(key) ?? -1) + 1 || '—');
      const rows = FIXTURE_QUERIES.map(
        (query) =>
          `| ${query.language} | ${query.q} | ${query.about} | ${query.expect} | ${rankIn(sqlite.get(label(query)), query.expect)} | ${rankIn(postgres.get(label(query)), query.expect)} |`,
      );
      fs.writeFileSync(table, ['| page | query | checks | expected | SQLite rank | PostgreSQL rank |', '|---|---|---|---|---|---|', ...rows].join('\n'));
    }
  });
});
