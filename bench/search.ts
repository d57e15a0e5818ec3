/**
 * Search over a generated archive (`BENCH_ONLY=search npm run bench`): 100,000 stories × 3 languages
 * (`BENCH_SEARCH_STORIES`), on SQLite and on PostgreSQL (when reachable): the time to build the index from
 * scratch (what `diwan reindex` does), how much the database grew against the text it indexes, and p50/p95 of
 * 20 representative queries (1–3 words, each language, some with filters), each run 20 times after a warm-up.
 * `BENCH_SEARCH_DATABASES=postgres` measures one database only.
 */
import { performance } from 'node:perf_hooks';
import { type Kysely, sql } from 'kysely';
import { createLocalChangeBus } from '../src/changes/index.ts';
import { dialectOf } from '../src/db/dialect.ts';
import type { Database } from '../src/db/schema.ts';
import { createFeatures } from '../src/features.ts';
import { rebuildIndex } from '../src/search/index.ts';
import { type DialectName, openScratchDatabase, skipUnlessDialect } from '../src/testing/databases.ts';
import { analyse } from '../src/text/search-analysis.ts';
import { generateArchive, LANGUAGES, SECTIONS, vocabularies } from './search-corpus.ts';

const RUNS = 20;

interface BenchQuery {
  language: string;
  q: string;
  section?: string;
  state?: string;
  from?: string;
}

/** 1–3 words per language at several frequencies (common words excluded), some with filters: 21 in all. */
function representativeQueries(): BenchQuery[] {
  const vocab = vocabularies();
  const lastYear = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  return LANGUAGES.flatMap((language) => {
    const words = vocab[language]!.words.filter((word) => analyse(word, language).length > 0 && word.length > 3);
    const at = (rank: number) => words[Math.min(rank, words.length - 1)]!;
    return [
      { language, q: at(5) },
      { language, q: at(120) },
      { language, q: `${at(20)} ${at(300)}` },
      { language, q: `${at(3)} ${at(40)} ${at(150)}` },
      { language, q: at(60), section: SECTIONS[1] },
      { language, q: `${at(10)} ${at(80)}`, state: 'MA' },
      { language, q: at(30), from: lastYear },
    ];
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function sizes(db: Kysely<Database>): Promise<{ databaseBytes: number; textBytes: number }> {
  if (dialectOf(db) === 'postgres') {
    const { rows } = await sql<{ index: string; text: string }>`select pg_total_relation_size('search_documents') as index,
      (select sum(octet_length(title) + octet_length(summary) + octet_length(body_html)) from translations) as text`.execute(db);
    return { databaseBytes: Number(rows[0]!.index), textBytes: Number(rows[0]!.text) };
  }
  await sql`pragma wal_checkpoint(truncate)`.execute(db);
  const { rows } = await sql<{
    bytes: number;
    text: number;
  }>`select (select page_count from pragma_page_count()) * (select page_size from pragma_page_size()) as bytes,
    (select sum(length(cast(title as blob)) + length(cast(summary as blob)) + length(cast(body_html as blob))) from translations) as text`.execute(db);
  return { databaseBytes: Number(rows[0]!.bytes), textBytes: Number(rows[0]!.text) };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function benchOn(dialect: DialectName, stories: number): Promise<Record<string, unknown>[]> {
  const scratch = await openScratchDatabase(dialect);
  try {
    const db = scratch.db;
    let started = performance.now();
    await generateArchive(db, stories, (done) => done % 20_000 === 0 && process.stderr.write(`${dialect}: generated ${done}/${stories} stories\n`));
    console.log(`${dialect}: generated ${stories} stories × 3 languages in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    // As autovacuum would have by now on a live database: the planner knows the tables.
    await sql`analyze`.execute(db);
    const before = await sizes(db);
    const features = createFeatures(db, { mediaDir: '/tmp/diwan-bench-media' }, createLocalChangeBus(console));
    await features.settings.load();
    started = performance.now();
    await rebuildIndex(
      db,
      features.searchIndex,
      ({ stories: done, total }) => done % 20_000 === 0 && process.stderr.write(`${dialect}: indexed ${done}/${total}\n`),
    );
    const buildSeconds = (performance.now() - started) / 1000;
    const after = await sizes(db);
    const growth = dialect === 'postgres' ? after.databaseBytes : after.databaseBytes - before.databaseBytes;
    console.log(
      `${dialect}: index of ${stories * 3} translations built in ${buildSeconds.toFixed(0)} s; database grew by ${mb(growth)} for ${mb(after.textBytes)} of text (${((growth / after.textBytes) * 100).toFixed(0)}%)`,
    );
    const rows: Record<string, unknown>[] = [];
    const all: number[] = [];
    for (const query of representativeQueries()) {
      const input = { ...query, page: 1 };
      const warm = await features.search.search(input);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        await features.search.search(input);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      const filter = query.section ? `section=${query.section}` : query.state ? `state=${query.state}` : query.from ? `from=${query.from}` : '';
      rows.push({
        database: dialect,
        query: `${query.language}: ${query.q}`,
        filter,
        found: warm.capped ? `>${warm.total}` : warm.total,
        'p50 ms': percentile(times, 50).toFixed(1),
        'p95 ms': percentile(times, 95).toFixed(1),
      });
    }
    all.sort((a, b) => a - b);
    rows.push({
      database: dialect,
      query: 'all queries',
      filter: '',
      found: '',
      'p50 ms': percentile(all, 50).toFixed(1),
      'p95 ms': percentile(all, 95).toFixed(1),
    });
    return rows;
  } finally {
    await scratch.close();
  }
}

export async function benchSearch(): Promise<void> {
  const stories = Number(process.env.BENCH_SEARCH_STORIES ?? 100_000);
  const rows: Record<string, unknown>[] = [];
  const databases = (process.env.BENCH_SEARCH_DATABASES ?? 'sqlite,postgres').split(',') as DialectName[];
  for (const dialect of databases) {
    const skip = await skipUnlessDialect(dialect);
    if (skip) console.log(`search on ${dialect}: skipped (${skip})`);
    else rows.push(...(await benchOn(dialect, stories)));
  }
  console.table(rows);
}
