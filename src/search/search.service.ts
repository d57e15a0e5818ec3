/**
 * Readers' search over every language's published stories. The query is analysed once per language (each
 * language's stories were indexed with that language's stemmer), and, where an engine reaches that language,
 * also through its machine translation; each database's full-text index finds the newest matching candidates,
 * and `ranking.ts` orders them here, so SQLite and PostgreSQL answer alike.
 */
import type { Expression, Kysely, SqlBool } from 'kysely';
import { dialectOf } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import { normalizeQuery } from '../http/canonical-search.ts';
import { paths } from '../http/urls.ts';
import { localizeDate } from '../i18n/dates.ts';
import { plainTextOf } from '../text/plain-text.ts';
import { queryTerms } from '../text/search-analysis.ts';
import { wordsOf } from '../text/search-words.ts';
import { ftsMatch, type QueryVariants, tsQuery } from './query-syntax.ts';
import { rank } from './ranking.ts';
import * as repo from './search.repository.ts';
import { RESULTS_PER_PAGE, type SearchHit, type SearchInput, type SearchOutcome } from './search.types.ts';
import { markedText, snippetOf } from './snippet.ts';

/** Matches scored per search, the most recently written first; past this a search says "more than" and ranks these. */
export const CANDIDATE_LIMIT = 500;
/** How long a search waits for its query's machine translation (remembered in the translation memory). */
const TRANSLATION_WAIT_MS = 1500;

/** What search needs of how stories are filed (the taxonomy feature's, handed in). */
export interface SearchFiling {
  termIdBySlug(kind: 'section' | 'tag', slug: string): Promise<number | null>;
  sectionsOf(storyId: number, language: string): Promise<{ label: string; href: string }[]>;
}

export interface SearchServiceDeps {
  db: Kysely<Database>;
  languages(): readonly string[];
  filing: SearchFiling;
  /** The query in another language through a configured engine, or null when none reaches it. */
  translateQuery?(text: string, from: string, to: string): Promise<string | null>;
}

export interface SearchService {
  search(input: SearchInput): Promise<SearchOutcome>;
  /** A condition on a translation id: its title matches the staff's words, whatever its status (the stories list). */
  titleCondition(text: string, translationId: Expression<number>): Expression<SqlBool>;
}

const inTime = <T>(work: Promise<T>, ms: number, fallback: T): Promise<T> =>
  Promise.race([work.catch(() => fallback), new Promise<T>((resolve) => setTimeout(resolve, ms, fallback).unref())]);

function dayStart(day: string | undefined, plusDays = 0): string | undefined {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) return undefined;
  return new Date(Date.parse(day) + plusDays * 86_400_000).toISOString();
}

/** Queries with one word fewer, for a search that found nothing. */
function fewerWords(query: string): string[] {
  const words = [...wordsOf(query)].map((word) => word.text);
  if (words.length < 2) return [];
  return [...new Set([words.slice(0, -1).join(' '), words.slice(1).join(' ')])];
}

export function createSearchService(deps: SearchServiceDeps): SearchService {
  const { db, filing } = deps;
  const postgres = dialectOf(db) === 'postgres';
  const matchText = (variants: QueryVariants, titleOnly = false) => (postgres ? tsQuery(variants, titleOnly) : ftsMatch(variants, titleOnly));

  async function variantsByLanguage(query: string, pageLanguage: string): Promise<Map<string, QueryVariants>> {
    const entries = await Promise.all(
      deps.languages().map(async (language) => {
        const variants: QueryVariants = [queryTerms(query, language)];
        if (language !== pageLanguage && deps.translateQuery) {
          const translated = await inTime(deps.translateQuery(query, pageLanguage, language), TRANSLATION_WAIT_MS, null);
          if (translated) variants.push(queryTerms(normalizeQuery(translated), language));
        }
        return [language, variants.filter((groups) => groups.length > 0)] as const;
      }),
    );
    return new Map(entries.filter(([, variants]) => variants.length > 0));
  }

  async function filterOf(input: SearchInput) {
    const termIds: number[] = [];
    for (const kind of ['section', 'tag'] as const) {
      const slug = input[kind];
      if (!slug) continue;
      // An unknown section or tag matches nothing rather than being dropped silently.
      termIds.push((await filing.termIdBySlug(kind, slug)) ?? 0);
    }
    return {
      now: new Date().toISOString(),
      termIds,
      memberState: input.state ? input.state.toUpperCase() : undefined,
      from: dayStart(input.from),
      to: dayStart(input.to, 1),
    };
  }

  async function hitsOf(ranked: ReturnType<typeof rank>, variants: Map<string, QueryVariants>, pageLanguage: string): Promise<SearchHit[]> {
    const texts = await repo.resultTexts(
      db,
      ranked.map((r) => r.item.translationId),
    );
    return Promise.all(
      ranked.map(async ({ item }) => {
        const text = texts.get(item.translationId)!;
        const terms = new Set((variants.get(item.language) ?? []).flat(2));
        return {
          storyId: item.storyId,
          language: item.language,
          href: paths.article(item.language, text.slug),
          title: markedText(text.title, item.language, terms),
          snippet: snippetOf([text.summary, plainTextOf(text.bodyHtml)], item.language, terms),
          date: localizeDate(item.publishedAt, pageLanguage),
          sections: await filing.sectionsOf(item.storyId, pageLanguage),
        };
      }),
    );
  }

  return {
    async search(input) {
      const query = normalizeQuery(input.q);
      const outcome: SearchOutcome = { query, searched: false, total: 0, capped: false, page: input.page, pages: 1, hits: [], fewerWords: [] };
      if (!query) return outcome;
      const variants = await variantsByLanguage(query, input.language);
      const byLanguage: repo.MatchByLanguage = new Map();
      for (const [language, languageVariants] of variants) {
        const text = matchText(languageVariants);
        if (text) byLanguage.set(language, text);
      }
      outcome.searched = byLanguage.size > 0;
      const candidates = await repo.findCandidates(db, byLanguage, await filterOf(input), CANDIDATE_LIMIT + 1);
      outcome.capped = candidates.length > CANDIDATE_LIMIT;
      const ranked = rank(candidates.slice(0, CANDIDATE_LIMIT), (language) => variants.get(language) ?? []);
      outcome.total = ranked.length;
      outcome.pages = Math.max(1, Math.ceil(ranked.length / RESULTS_PER_PAGE));
      if (input.page > outcome.pages) throw new AppError('page.past_last', `Page ${input.page} is past the last page (${outcome.pages})`);
      const start = (input.page - 1) * RESULTS_PER_PAGE;
      outcome.hits = await hitsOf(ranked.slice(start, start + RESULTS_PER_PAGE), variants, input.language);
      if (outcome.total === 0) outcome.fewerWords = fewerWords(query);
      return outcome;
    },

    titleCondition(text, translationId) {
      const query = normalizeQuery(text);
      const byLanguage: repo.MatchByLanguage = new Map();
      for (const language of deps.languages()) {
        const match = matchText([queryTerms(query, language)], true);
        if (match) byLanguage.set(language, match);
      }
      return repo.indexedMatch(db, translationId, byLanguage);
    },
  };
}
