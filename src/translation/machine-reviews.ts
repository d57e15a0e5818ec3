/**
 * The review state of machine translations: one counts as reviewed only while a person's review is of
 * the very source revision it was made from. Editors see each language's state and vouch for one.
 */
import type { Kysely } from 'kysely';
import { type ChangeBus, contentKeys } from '../changes/index.ts';
import type { Outbox } from '../db/outbox.ts';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import type { EngineRouting } from './engine-routing.ts';
import type { MachineTranslation, MachineTranslationState, StoredMachineTranslation } from './machine-translation-types.ts';
import * as repo from './translation.repository.ts';

/** A stored machine translation as readers and editors get it: under its engine's name, reviewed or not. */
export function machineTranslationOf(stored: StoredMachineTranslation, routing: Pick<EngineRouting, 'nameOf'>): MachineTranslation {
  return {
    storyId: stored.storyId,
    language: stored.language,
    sourceLanguage: stored.sourceLanguage,
    engine: stored.engine,
    engineName: routing.nameOf(stored.engine),
    title: stored.title,
    summary: stored.summary,
    bodyHtml: stored.bodyHtml,
    reviewed: stored.reviewedRevision === stored.sourceRevision,
  };
}

export interface MachineReviews {
  /** A story's machine translations with their review state, for the editors. */
  ofStory(storyId: number, currentRevision: number | null): Promise<MachineTranslationState[]>;
  stored(storyId: number, language: string): Promise<MachineTranslation | null>;
  /** An editor vouches for the machine translation as it stands (it becomes indexable). */
  markReviewed(storyId: number, language: string, userId: number): Promise<boolean>;
  /** The machine translations of these stories, and whether each is reviewed (for parity). */
  machineStates(storyIds: readonly number[]): Promise<{ storyId: number; language: string; reviewed: boolean }[]>;
}

export interface MachineReviewsDeps {
  db: Kysely<Database>;
  routing: Pick<EngineRouting, 'nameOf'>;
  changes: Pick<ChangeBus, 'publish'>;
  now: () => Date;
  /** Where a review is written as an event, in its transaction, with the original's slug (the page's address). */
  events: { outbox: Outbox; originalSlug(storyId: number): Promise<string | null> };
}

export function createMachineReviews({ db, routing, changes, now, events }: MachineReviewsDeps): MachineReviews {
  return {
    async ofStory(storyId, currentRevision) {
      return (await repo.listMachineTranslations(db, storyId)).map((stored) => {
        const { engineName, reviewed } = machineTranslationOf(stored, routing);
        return {
          language: stored.language,
          engineName,
          reviewed: reviewed && (currentRevision === null || stored.sourceRevision === currentRevision),
          outOfDate: stored.reviewedRevision !== null && stored.reviewedRevision < (currentRevision ?? stored.sourceRevision),
          translatedAt: stored.translatedAt,
        };
      });
    },
    async stored(storyId, language) {
      const stored = await repo.findMachineTranslation(db, storyId, language);
      return stored ? machineTranslationOf(stored, routing) : null;
    },
    machineStates: (storyIds) => repo.listMachineStates(db, storyIds),
    async markReviewed(storyId, language, userId) {
      const slug = await events.originalSlug(storyId);
      const done = await inTransaction(db, async (trx) => {
        const reviewed = await repo.markReviewed(trx, storyId, language, userId, now().toISOString());
        const stored = reviewed ? await repo.findMachineTranslation(trx, storyId, language) : undefined;
        if (stored && slug !== null) await events.outbox.write(trx, [{ type: 'translation.machine_reviewed', storyId, language, slug, engine: stored.engine }]);
        return reviewed;
      });
      if (done) await changes.publish({ keys: [contentKeys.story(storyId)] });
      return done;
    },
  };
}
