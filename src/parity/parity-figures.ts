/** Parity's figures from the stories of a period: pure, so the arithmetic is tested on known data. */
import type { Coverage, LanguageParity, ParityReport, StoryCoverage } from './parity.types.ts';

export function coverageOf(story: StoryCoverage, language: string): Coverage {
  if (story.originalLanguage === language) return 'original';
  if (story.human[language]) return 'human';
  const machine = story.machine[language];
  if (machine) return machine.reviewed ? 'reviewedMachine' : 'unreviewedMachine';
  return 'missing';
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const HOUR_MS = 3_600_000;

export function parityOf(
  stories: readonly StoryCoverage[],
  languages: readonly string[],
  period: { from: string; to: string },
  satisfaction: readonly { language: string; answers: number; csat: number | null }[],
): ParityReport {
  const rows: LanguageParity[] = languages.map((language) => {
    const coverage = stories.map((story) => coverageOf(story, language));
    const count = (kind: Coverage) => coverage.filter((c) => c === kind).length;
    const delays = stories.flatMap((story) => {
      const human = story.originalLanguage === language ? undefined : story.human[language];
      return human ? [(Date.parse(human.publishedAt) - Date.parse(story.originalPublishedAt)) / HOUR_MS] : [];
    });
    const asked = satisfaction.find((entry) => entry.language === language);
    return {
      language,
      stories: stories.length,
      human: count('original') + count('human'),
      reviewedMachine: count('reviewedMachine'),
      unreviewedMachine: count('unreviewedMachine'),
      missing: count('missing'),
      medianDelayHours: median(delays.map((hours) => Math.max(0, hours))),
      outOfDate: stories.filter((story) => story.human[language]?.outOfDate).length,
      satisfaction: { answers: asked?.answers ?? 0, csat: asked?.csat ?? null },
    };
  });
  const missing = [...stories]
    .sort((a, b) => b.originalPublishedAt.localeCompare(a.originalPublishedAt) || b.storyId - a.storyId)
    .flatMap((story) =>
      languages
        .filter((language) => coverageOf(story, language) === 'missing')
        .map((language) => ({ storyId: story.storyId, title: story.title, language, originalLanguage: story.originalLanguage })),
    );
  return { ...period, stories: stories.length, languages: rows, missing };
}
