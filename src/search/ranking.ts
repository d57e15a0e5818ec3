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

interface Field {
  weight: number;
  /** A field of this length gets the plain weight; longer ones are damped, shorter ones raised. */
  typicalLength: number;
  length(row: CandidateRow): number;
  count(row: CandidateRow, term: string): number;
}

const FIELDS: Field[] = [
  { weight: 4, typicalLength: 8, length: (row) => lengthOf(row.titleTerms), count: (row, term) => occurrences(row.titleTerms, term) },
  { weight: 2, typicalLength: 30, length: (row) => lengthOf(row.summaryTerms), count: (row, term) => occurrences(row.summaryTerms, term) },
  { weight: 1.5, typicalLength: 4, length: (row) => lengthOf(row.labelsTerms), count: (row, term) => occurrences(row.labelsTerms, term) },
  { weight: 1, typicalLength: 400, length: (row) => row.bodyLength, count: (row, term) => bodyOccurrences(row, term) },
];
const K1 = 1.2;
const B = 0.75;
/** A story found through the query's machine translation ranks a little below one found by the reader's words. */
const TRANSLATED_VARIANT = 0.8;

export interface Ranked<T> {
  item: T;
  score: number;
}

/** How often a body uses a term: once if it is among its distinct terms, or as `body_counts` says. */
function bodyOccurrences(row: CandidateRow, term: string): number {
  if (occurrences(row.bodyTerms, term) === 0) return 0;
  const key = `${term}:`;
  for (let at = row.bodyCounts.indexOf(key); at !== -1; at = row.bodyCounts.indexOf(key, at + 1)) {
    if (at === 0 || row.bodyCounts.charCodeAt(at - 1) === SPACE) return Number.parseInt(row.bodyCounts.slice(at + key.length), 10);
  }
  return 1;
}

/** Occurrences of a whole term in space-separated terms, found by the engine's string search rather than by splitting. */
function occurrences(terms: string, term: string): number {
  let count = 0;
  for (let at = terms.indexOf(term); at !== -1; at = terms.indexOf(term, at + term.length)) {
    const end = at + term.length;
    if ((at === 0 || terms.charCodeAt(at - 1) === SPACE) && (end === terms.length || terms.charCodeAt(end) === SPACE)) count++;
  }
  return count;
}

const SPACE = 32;

function lengthOf(terms: string): number {
  if (terms === '') return 0;
  let spaces = 0;
  for (let i = 0; i < terms.length; i++) if (terms.charCodeAt(i) === SPACE) spaces++;
  return spaces + 1;
}

/** A language's query variants with each distinct term counted once per candidate. */
interface Plan {
  terms: string[];
  /** Variants → groups → indexes into `terms`. */
  variants: number[][][];
}

function planOf(variants: QueryVariants): Plan {
  const terms = [...new Set(variants.flat(2))];
  return { terms, variants: variants.map((groups) => groups.map((alternatives) => alternatives.map((term) => terms.indexOf(term)))) };
}

/** The score of one candidate for its language's plan (the first variant is the reader's own words). */
function score(row: CandidateRow, plan: Plan): number {
  // Occurrences of each term per field, already divided by the field's length norm and times its weight.
  const weighted = new Float64Array(plan.terms.length);
  for (const field of FIELDS) {
    const length = field.length(row);
    if (length === 0) continue;
    const norm = 1 - B + (B * length) / field.typicalLength;
    plan.terms.forEach((term, t) => {
      const tf = field.count(row, term);
      if (tf > 0) weighted[t]! += (field.weight * tf) / norm;
    });
  }
  let best = 0;
  plan.variants.forEach((groups, index) => {
    let total = 0;
    for (const alternatives of groups) {
      let w = 0;
      for (const t of alternatives) w += weighted[t]!;
      total += (w * (K1 + 1)) / (w + K1);
    }
    best = Math.max(best, index === 0 ? total : total * TRANSLATED_VARIANT);
  });
  return best;
}

/** Candidates best first; equal scores newest first, then by translation. */
export function rank(rows: CandidateRow[], variantsOf: (language: string) => QueryVariants): Ranked<CandidateRow>[] {
  const plans = new Map<string, Plan>();
  const planFor = (language: string) => {
    let plan = plans.get(language);
    if (!plan) {
      plan = planOf(variantsOf(language));
      plans.set(language, plan);
    }
    return plan;
  };
  return rows
    .map((item) => ({ item, score: score(item, planFor(item.language)) }))
    .sort((a, b) => b.score - a.score || b.item.publishedAt.localeCompare(a.item.publishedAt) || b.item.translationId - a.item.translationId);
}
