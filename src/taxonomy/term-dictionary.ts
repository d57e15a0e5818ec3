/**
 * Every section and tag with its names, kept in memory: article pages show a story's terms on every
 * render, and the whole list is small and changes only through the taxonomy service, which announces
 * each change (to every instance, on PostgreSQL). A change drops the kept list; the next page reads
 * it again. A read that a change overtook is used once but not kept.
 */
import type { Kysely } from 'kysely';
import { type ChangeBus, touchesTerms } from '../changes/index.ts';
import type { Database } from '../db/schema.ts';
import { listTermsWithNames, type Term } from './taxonomy.repository.ts';

export type DictionaryTerm = Term & { names: Map<string, string> };

export interface TermDictionary {
  /** The terms of these ids, in menu order (position, then slug). */
  termsOf(ids: readonly number[]): Promise<DictionaryTerm[]>;
}

export function createTermDictionary(db: Kysely<Database>, changes: ChangeBus): TermDictionary {
  let kept: Map<number, DictionaryTerm> | null = null;
  let generation = 0;
  changes.onInvalidate((change) => {
    if (!touchesTerms(change)) return;
    generation++;
    kept = null;
  });

  async function read(): Promise<Map<number, DictionaryTerm>> {
    const started = generation;
    const terms = new Map((await listTermsWithNames(db)).map((term) => [term.id, term]));
    if (generation === started) kept = terms;
    return terms;
  }

  return {
    async termsOf(ids) {
      let terms = kept ?? (await read());
      // A term made by another instance whose announcement has not arrived yet.
      if (ids.some((id) => !terms.has(id))) terms = await read();
      return ids
        .flatMap((id) => terms.get(id) ?? [])
        .sort((a, b) => a.position - b.position || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    },
  };
}
