/**
 * The terminology check: in each segment, a rendering the glossary forbids, and a term the source holds whose
 * target form (or kept name) the translation lacks. Segments are compared one to one, source against translation;
 * the check reads text, never markup.
 */
import { containsTerm, findTerms, type PairGlossary } from '../glossary/index.ts';
import type { TerminologyIssue } from './terminology.types.ts';

/** One segment's text in the source and in the translation. */
export interface SegmentText {
  segment: number;
  source: string;
  target: string;
}

export function checkTerminology(segments: readonly SegmentText[], glossary: PairGlossary): TerminologyIssue[] {
  const issues: TerminologyIssue[] = [];
  const renderings = glossary.forbidden.map((entry) => entry.rendering);
  for (const { segment, source, target } of segments) {
    for (const match of findTerms(target, renderings, glossary.to)) {
      const entry = glossary.forbidden[match.index]!;
      issues.push({ segment, kind: 'forbidden', termId: entry.id, expected: entry.instead ?? '', found: target.slice(match.start, match.end) });
    }
    const held = new Set(
      findTerms(
        source,
        glossary.terms.map((term) => term.term),
        glossary.from,
      ).map((match) => match.index),
    );
    for (const index of held) {
      const term = glossary.terms[index]!;
      if (!containsTerm(target, term.target, glossary.to)) issues.push({ segment, kind: 'missing', termId: term.id, expected: term.target, found: term.term });
    }
  }
  return issues;
}
