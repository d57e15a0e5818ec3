/**
 * Keeping the index in step with the stories. Features that change stories call it with their own transaction,
 * so a publication, an unpublication, an edit, an archiving or a rename and its index rows commit together;
 * readers' searches keep to rows of published translations.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { plainTextOf } from '../text/plain-text.ts';
import { analyse } from '../text/search-analysis.ts';
import * as repo from './search.repository.ts';

export interface SearchIndexer {
  /** Makes the index hold these stories' translations as they now stand; call it inside the changing transaction. */
  refreshStories(db: Kysely<Database>, storyIds: readonly number[]): Promise<void>;
  /** A section or tag was renamed: the stories filed under it carry its new names. */
  refreshTerm(db: Kysely<Database>, termId: number): Promise<void>;
}

export interface ReindexProgress {
  stories: number;
  total: number;
}

const regionNames = new Map<string, Intl.DisplayNames>();

function memberStateName(code: string, language: string): string {
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    regionNames.set(language, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

type Filing = Awaited<ReturnType<typeof repo.filingOfStories>>;

function labelsOf(filing: Filing, storyId: number, language: string): string {
  const names = filing.names.filter((n) => n.storyId === storyId && n.language === language).map((n) => n.name);
  const states = filing.memberStates.filter((m) => m.storyId === storyId).map((m) => memberStateName(m.code, language));
  return analyse([...names, ...states].join(' '), language).join(' ');
}

/** A body's terms as stored: each distinct term once, and the counts of those that repeat. */
function bodyOf(terms: string[]): Pick<repo.IndexRow, 'bodyTerms' | 'bodyCounts' | 'bodyLength'> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return {
    bodyTerms: [...counts.keys()].join(' '),
    bodyCounts: [...counts].flatMap(([term, count]) => (count > 1 ? [`${term}:${count}`] : [])).join(' '),
    bodyLength: terms.length,
  };
}

async function rowsOf(db: Kysely<Database>, storyIds: readonly number[]): Promise<repo.IndexRow[]> {
  const [translations, filing] = await Promise.all([repo.translationsOfStories(db, storyIds), repo.filingOfStories(db, storyIds)]);
  return translations.map((t) => ({
    translationId: t.translationId,
    storyId: t.storyId,
    language: t.language,
    public: t.status === 'published' && t.publishedAt !== null ? 1 : 0,
    publishedAt: t.publishedAt,
    titleTerms: analyse(t.title, t.language).join(' '),
    summaryTerms: analyse(t.summary, t.language).join(' '),
    labelsTerms: labelsOf(filing, t.storyId, t.language),
    ...bodyOf(analyse(plainTextOf(t.bodyHtml), t.language)),
  }));
}

export function createSearchIndexer(): SearchIndexer {
  return {
    async refreshStories(db, storyIds) {
      const ids = [...new Set(storyIds)];
      await inTransaction(db, async (trx) => repo.replaceStoryRows(trx, ids, await rowsOf(trx, ids)));
    },

    async refreshTerm(db, termId) {
      await inTransaction(db, async (trx) => {
        const storyIds = await repo.storiesFiledUnder(trx, termId);
        for (let i = 0; i < storyIds.length; i += 500) {
          const batch = storyIds.slice(i, i + 500);
          const [translations, filing] = await Promise.all([repo.translationsOfStories(trx, batch), repo.filingOfStories(trx, batch)]);
          const languages = new Set(translations.map((t) => `${t.storyId} ${t.language}`));
          for (const key of languages) {
            const [storyId, language] = key.split(' ') as [string, string];
            await repo.updateLabels(trx, Number(storyId), language, labelsOf(filing, Number(storyId), language));
          }
        }
      });
    },
  };
}

/** Stories indexed per transaction while rebuilding: short enough for the site to go on serving and writing. */
const REINDEX_BATCH = 200;

/** Rebuilds the whole index, story by story in short transactions, telling progress after each batch; stops when `signal` aborts. */
export async function rebuildIndex(
  db: Kysely<Database>,
  indexer: SearchIndexer,
  onProgress: (progress: ReindexProgress) => void,
  signal?: AbortSignal,
): Promise<ReindexProgress> {
  const total = await repo.countStories(db);
  let done = 0;
  let after = 0;
  while (!signal?.aborted) {
    const ids = await repo.storyIdsAfter(db, after, REINDEX_BATCH);
    if (ids.length === 0) break;
    await indexer.refreshStories(db, ids);
    done += ids.length;
    after = ids.at(-1)!;
    onProgress({ stories: done, total: Math.max(total, done) });
  }
  await repo.refreshStatistics(db);
  return { stories: done, total: Math.max(total, done) };
}

/** Whether the index is empty though stories exist (a database from before search: rebuild it). */
export async function indexMissing(db: Kysely<Database>): Promise<boolean> {
  return (await repo.countRows(db)) === 0 && (await repo.countStories(db)) > 0;
}
