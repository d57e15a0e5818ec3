/**
 * The terminology check of a person's translation, run on every save: the source and the translation are cut
 * into segments alike and compared one to one (or, when a translator split or joined paragraphs, as two whole
 * texts, reported as segment -1); and the findings placed for editors (title, summary, which paragraph).
 */
import type { PairGlossary } from '../glossary/index.ts';
import type { TerminologyIssue, TerminologyService } from '../terminology/index.ts';
import { segmentStory } from './segments.ts';
import type { StoryTranslation } from './story-translation.ts';

export interface StoryText {
  title: string;
  summary: string;
  bodyHtml: string;
}

/** Where a finding is, in words an editor knows. */
export type IssuePlace = { place: 'title' | 'summary' | 'image' | 'whole' } | { place: 'block'; number: number };

export type PlacedIssue = TerminologyIssue & IssuePlace;

export interface TerminologyChecks {
  checkHuman(storyId: number, language: string, translation: StoryText, source: StoryText & { language: string }): Promise<void>;
  /** The latest findings on a translation, placed in its source as it reads now. */
  placedIssues(storyId: number, language: string, origin: 'machine' | 'human', source: (StoryText & { language: string }) | null): Promise<PlacedIssue[]>;
}

export interface TerminologyChecksDeps {
  story: Pick<StoryTranslation, 'prepare'>;
  terminology: Pick<TerminologyService, 'check' | 'issuesOf'>;
  glossary: (from: string, to: string) => PairGlossary | null;
}

export function createTerminologyChecks({ story, terminology, glossary }: TerminologyChecksDeps): TerminologyChecks {
  return {
    async checkHuman(storyId, language, translation, source) {
      const pair = glossary(source.language, language);
      if (!pair || source.language === language) return;
      const { story: sourceSegments } = story.prepare(source, language);
      const target = segmentStory(translation, []);
      const sourceCount = sourceSegments.segments.length;
      const segments =
        target.segments.length === sourceCount
          ? Array.from({ length: sourceCount }, (_, segment) => ({ segment, source: sourceSegments.sourceText(segment), target: target.sourceText(segment) }))
          : [
              {
                segment: -1,
                source: Array.from({ length: sourceCount }, (_, i) => sourceSegments.sourceText(i)).join('\n'),
                target: Array.from({ length: target.segments.length }, (_, i) => target.sourceText(i)).join('\n'),
              },
            ];
      await terminology.check({ storyId, language, sourceLanguage: source.language, origin: 'human', engine: null }, segments, pair);
    },
    async placedIssues(storyId, language, origin, source) {
      const issues = await terminology.issuesOf(storyId, language, origin);
      if (issues.length === 0) return [];
      const info = source ? story.prepare(source, language).story.info : [];
      const hasSummary = Boolean(source?.summary.trim());
      return issues.map((issue): PlacedIssue => {
        const block = info[issue.segment]?.block ?? null;
        if (issue.segment < 0 || !source) return { ...issue, place: 'whole' };
        if (issue.segment === 0) return { ...issue, place: 'title' };
        if (issue.segment === 1 && hasSummary) return { ...issue, place: 'summary' };
        return block === null ? { ...issue, place: 'image' } : { ...issue, place: 'block', number: block + 1 };
      });
    },
  };
}
