/**
 * Every section and tag with its names, kept in memory: article pages show a story's terms on every
 * render, and terms change only through the taxonomy service. Renaming one is announced as a change
 * of everything (names are in every menu), which drops the kept list on every instance; a term made
 * since is missing from the list, and asking for it reads the list again. A read that a change
 * overtook is used once but not kept.
 */
import type { Kysely } from 'kysely';
import type { ChangeBus } from '../changes/index.ts';
import type { Database } from '../db/schema.ts';
import { listTermsWithNames, type Term } from './taxonomy.repository.ts';

export type DictionaryTerm = Term & { names: Map<string, string> };

export interface TermDictionary {
  /** The terms of these ids, in menu order (position, then slug, as the database sorts them). */
  termsOf(ids: readonly number[]): Promise<DictionaryTerm[]>;
}

type Terms = Map<number, DictionaryTerm & { rank: number }>;

export function createTermDictionary(db: Kysely<Database>, changes: ChangeBus): TermDictionary {
  // A read in progress is kept too, so the pages asking meanwhile share it; a change drops it all the same.
  let kept: Promise<Terms> | null = null;
  changes.onInvalidate((change) => {
    if ('everything' in change) kept = null;
  });

  function read(): Promise<Terms> {
    const reading = listTermsWithNames(db).then((terms): Terms => new Map(terms.map((term, rank) => [term.id, { ...term, rank }])));
    kept = reading;
    reading.catch(() => {
      if (kept === reading) kept = null;
    });
    return reading;
  }

  return {
    async termsOf(ids) {
      if (ids.length === 0) return [];
      let terms = await (kept ?? read());
      if (ids.some((id) => !terms.has(id))) terms = await read();
      return ids.flatMap((id) => terms.get(id) ?? []).sort((a, b) => a.rank - b.rank);
    },
  };
}
