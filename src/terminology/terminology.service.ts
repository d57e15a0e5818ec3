/**
 * The terminology check's findings: recorded after every machine translation (by `translation`) and every save of
 * a human translation (by `translation` too, which segments both texts alike), shown per segment in the editor and
 * counted by engine and language pair on the machine translation page.
 */
import type { Kysely } from 'kysely';
import type { Database, TranslationOrigin } from '../db/schema.ts';
import type { PairGlossary } from '../glossary/index.ts';
import * as repo from './terminology.repository.ts';
import type { IssueCount, TerminologyIssue } from './terminology.types.ts';
import { checkTerminology, type SegmentText } from './terminology-check.ts';

export interface TerminologyService {
  /** Checks a translation's segments against the pair's glossary and keeps the findings (replacing the last ones). */
  check(
    translation: { storyId: number; language: string; sourceLanguage: string; origin: TranslationOrigin; engine: string | null },
    segments: readonly SegmentText[],
    glossary: PairGlossary,
  ): Promise<TerminologyIssue[]>;
  issuesOf(storyId: number, language: string, origin: TranslationOrigin): Promise<TerminologyIssue[]>;
  counts(): Promise<IssueCount[]>;
}

export function createTerminologyService({ db, now = () => new Date() }: { db: Kysely<Database>; now?: () => Date }): TerminologyService {
  return {
    async check(translation, segments, glossary) {
      const issues = checkTerminology(segments, glossary);
      await repo.replaceIssues(db, { ...translation, issues }, now().toISOString());
      return issues;
    },
    issuesOf: (storyId, language, origin) => repo.listIssues(db, storyId, language, origin),
    counts: () => repo.countIssues(db),
  };
}
