/**
 * Query text for each database's full-text syntax, written only from analysed terms (letters, marks and digits,
 * see `src/text/search-analysis.ts`), each one quoted: what a reader types never reaches FTS5's MATCH or
 * PostgreSQL's tsquery syntax, so quotes, NEAR, `*`, `^`, `-`, `:`, column names and parentheses are just text.
 */

/** Ways to match a query: each is groups of alternative terms, one term of every group required. */
export type QueryVariants = string[][][];

const ftsTerm = (term: string) => `"${term.replaceAll('"', '""')}"`;
const tsTerm = (term: string, weight: string) => `'${term.replaceAll('\\', '\\\\').replaceAll("'", "''")}'${weight}`;

function join(variants: QueryVariants, term: (term: string) => string, or: string, and: string): string | null {
  const parts = variants
    .filter((groups) => groups.length > 0)
    .map((groups) => `(${groups.map((alternatives) => `(${alternatives.map(term).join(or)})`).join(and)})`);
  return parts.length > 0 ? parts.join(or) : null;
}

/** FTS5 MATCH text; `titleOnly` keeps to the title column. Null when there is nothing to look for. */
export function ftsMatch(variants: QueryVariants, titleOnly = false): string | null {
  const query = join(variants, ftsTerm, ' OR ', ' AND ');
  return query && titleOnly ? `title_terms : (${query})` : query;
}

/** tsquery text; `titleOnly` keeps to lexemes of weight A (the title). Null when there is nothing to look for. */
export function tsQuery(variants: QueryVariants, titleOnly = false): string | null {
  const weight = titleOnly ? ':A' : '';
  return join(variants, (t) => tsTerm(t, weight), ' | ', ' & ');
}
