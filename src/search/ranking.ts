/**
 * How results are ordered, the same on SQLite and PostgreSQL because it is computed here, over the terms each
 * database returned for its candidates: a BM25F-like score. Each group of a query (a word and its other
 * readings) counts its occurrences field by field, weighted title > summary > sections and tags > body and
 * normalized by field length, then saturated, so a word repeated forty times does not outweigh another word
 * present once. Every word is required, so a word's rarity does not decide which stories match and is not
 * weighed. Ties go to the newer story.
 */
import type { QueryVariants } from './query-syntax.ts';
import type { CandidateRow } from './search.repository.ts';

const FIELDS = [
  { name: 'titleTerms', weight: 4, typicalLength: 8 },
  { name: 'summaryTerms', weight: 2, typicalLength: 30 },
  { name: 'labelsTerms', weight: 1.5, typicalLength: 4 },
  { name: 'bodyTerms', weight: 1, typicalLength: 400 },
] as const;
const K1 = 1.2;
const B = 0.75;
/** A story found through the query's machine translation ranks a little below one found by the reader's words. */
const TRANSLATED_VARIANT = 0.8;

export interface Ranked<T> {
  item: T;
  score: number;
}

function fieldCounts(terms: string, wanted: Set<string>): { counts: Map<string, number>; length: number } {
  const counts = new Map<string, number>();
  if (terms === '') return { counts, length: 0 };
  const all = terms.split(' ');
  for (const term of all) if (wanted.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return { counts, length: all.length };
}

/** The score of one candidate for the query variants of its language (the first is the reader's own words). */
export function scoreOf(row: CandidateRow, variants: QueryVariants): number {
  const wanted = new Set(variants.flat(2));
  const fields = FIELDS.map((field) => ({ ...field, ...fieldCounts(row[field.name], wanted) }));
  let best = 0;
  variants.forEach((groups, index) => {
    let score = 0;
    for (const alternatives of groups) {
      let weighted = 0;
      for (const field of fields) {
        const tf = alternatives.reduce((sum, term) => sum + (field.counts.get(term) ?? 0), 0);
        if (tf > 0) weighted += (field.weight * tf) / (1 - B + (B * field.length) / field.typicalLength);
      }
      score += (weighted * (K1 + 1)) / (weighted + K1);
    }
    best = Math.max(best, index === 0 ? score : score * TRANSLATED_VARIANT);
  });
  return best;
}

/** Candidates best first; equal scores newest first, then by translation. */
export function rank(rows: CandidateRow[], variantsOf: (language: string) => QueryVariants): Ranked<CandidateRow>[] {
  return rows
    .map((item) => ({ item, score: scoreOf(item, variantsOf(item.language)) }))
    .sort((a, b) => b.score - a.score || b.item.publishedAt.localeCompare(a.item.publishedAt) || b.item.translationId - a.item.translationId);
}
