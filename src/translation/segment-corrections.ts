/**
 * Single segments of machine translations, as readers point at them and reviewers correct them. A correction is
 * kept in the translation memory under the segment's key (as the pseudo-engine `correction`), so it wins over
 * every engine for that segment in every story that holds it; each stored machine translation holding it is
 * marked stale and its pages are dropped, so the next reader gets it rebuilt with the correction.
 */
import type { Kysely } from 'kysely';
import { type ChangeBus, contentKeys } from '../changes/index.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import { sanitizeBody } from '../text/sanitize-body.ts';
import type { SourceStory } from './machine-translation-types.ts';
import { CORRECTIONS, type StoryTranslation } from './story-translation.ts';
import * as repo from './translation.repository.ts';

/** One paragraph of a machine-translated page, source and translation side by side. */
export interface MachineSegment {
  storyId: number;
  language: string;
  sourceLanguage: string;
  engine: string;
  /** Index of the segment in the story. */
  segment: number;
  /** Its memory key, under which a correction is kept. */
  sourceHash: string;
  sourceHtml: string;
  translatedHtml: string;
}

export interface SegmentCorrections {
  /** Leaf block `block` (paragraph, heading, list item…) of the story's stored machine translation into `language`. */
  segmentAt(storyId: number, language: string, block: number): Promise<MachineSegment | null>;
  /** The segment with that memory key in the story, as it reads now (with any correction). */
  segmentByKey(storyId: number, language: string, sourceHash: string): Promise<MachineSegment | null>;
  /** Keeps a reviewer's HTML for the segment, for every story holding it; returns the stories whose pages changed. */
  correct(storyId: number, language: string, sourceHash: string, html: string): Promise<number[]>;
}

export interface SegmentCorrectionsDeps {
  db: Kysely<Database>;
  story: Pick<StoryTranslation, 'prepare'>;
  original: (storyId: number) => Promise<SourceStory | null>;
  changes: Pick<ChangeBus, 'publish'>;
  now: () => Date;
}

export function createSegmentCorrections({ db, story, original, changes, now }: SegmentCorrectionsDeps): SegmentCorrections {
  async function locate(storyId: number, language: string, pick: (prepared: ReturnType<StoryTranslation['prepare']>) => number) {
    const [source, stored] = await Promise.all([original(storyId), repo.findMachineTranslation(db, storyId, language)]);
    if (!source || !stored || stored.sourceLanguage !== source.language) return null;
    const prepared = story.prepare(source, language);
    const index = pick(prepared);
    if (index < 0) return null;
    return { source, stored, prepared, index, hash: prepared.keys[index]! };
  }

  async function segmentOf(located: NonNullable<Awaited<ReturnType<typeof locate>>>): Promise<MachineSegment | null> {
    const { source, stored, prepared, index, hash } = located;
    const key = { engine: stored.engine, sourceLanguage: source.language, targetLanguage: stored.language };
    const translated = (await repo.recall(db, { ...key, engine: CORRECTIONS }, [hash])).get(hash) ?? (await repo.recall(db, key, [hash])).get(hash);
    if (translated === undefined) return null;
    return {
      storyId: source.storyId,
      language: stored.language,
      sourceLanguage: source.language,
      engine: stored.engine,
      segment: index,
      sourceHash: hash,
      sourceHtml: prepared.story.sourceHtml(index),
      translatedHtml: prepared.story.renderSegment(index, translated),
    };
  }

  return {
    async segmentAt(storyId, language, block) {
      const located = await locate(storyId, language, (prepared) => prepared.story.info.findIndex((info) => info.block === block));
      return located && segmentOf(located);
    },
    async segmentByKey(storyId, language, sourceHash) {
      const located = await locate(storyId, language, (prepared) => prepared.keys.indexOf(sourceHash));
      return located && segmentOf(located);
    },
    async correct(storyId, language, sourceHash, html) {
      const located = await locate(storyId, language, (prepared) => prepared.keys.indexOf(sourceHash));
      if (!located) throw new AppError('translation_report.correction_invalid', 'The paragraph is no longer in the story as it reads now');
      const translated = located.prepared.story.encodeTranslation(located.index, sanitizeBody(html));
      if (translated.replace(/<[^>]*>/g, '').trim() === '') throw new AppError('translation_report.correction_invalid', 'The correction is empty');
      await repo.rememberCorrection(
        db,
        { engine: CORRECTIONS, sourceLanguage: located.source.language, targetLanguage: language },
        sourceHash,
        translated,
        now().toISOString(),
      );
      const storyIds = await repo.markStaleHolding(db, language, sourceHash);
      if (storyIds.length > 0) await changes.publish({ keys: storyIds.map((id) => contentKeys.story(id)) });
      return storyIds;
    },
  };
}
