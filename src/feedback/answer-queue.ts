/**
 * Group commit: answers that arrive while a write is in progress wait and go together in the next
 * transaction, so a burst costs one commit per batch rather than one per answer. Each caller's
 * promise settles only after its batch has committed, so a success reply is never ahead of the disk.
 */
import type { Kysely } from 'kysely';
import type { Outbox } from '../db/outbox.ts';
import type { Database } from '../db/schema.ts';
import { type AnswerLimits, type NewAnswer, writeAnswers } from './answers.repository.ts';

export interface AnswerQueue {
  /** Resolves true once stored, false when the visitor's or the address's rate limit refused it. */
  submit(answer: NewAnswer): Promise<boolean>;
  /** Resolves when every answer submitted so far is written. */
  drain(): Promise<void>;
}

interface Waiting {
  answer: NewAnswer;
  resolve(kept: boolean): void;
  reject(error: unknown): void;
}

const MAX_BATCH = 2000;

/** Kept answers become `survey.answer` events in their batch's transaction: who answered is never in them. */
async function writeEvents(trx: Kysely<Database>, outbox: Outbox, answers: readonly NewAnswer[], kept: readonly boolean[]): Promise<void> {
  await outbox.write(
    trx,
    answers
      .filter((_, i) => kept[i])
      .map((answer) => ({
        type: 'survey.answer' as const,
        rating: answer.rating,
        comment: answer.comment,
        pagePath: answer.pagePath,
        language: answer.language,
        storyId: answer.storyId,
        machineTranslated: answer.machineTranslated,
        answeredAt: answer.createdAt,
      })),
  );
}

export function createAnswerQueue(db: Kysely<Database>, limits: AnswerLimits, outbox: Outbox): AnswerQueue {
  let waiting: Waiting[] = [];
  let writing: Promise<void> | null = null;

  const write = (batch: Waiting[]) =>
    db.transaction().execute(async (trx) => {
      const answers = batch.map((w) => w.answer);
      const kept = await writeAnswers(trx, answers, limits);
      await writeEvents(trx, outbox, answers, kept);
      return kept;
    });

  async function writeBatch(batch: Waiting[]): Promise<void> {
    try {
      const kept = await write(batch);
      for (const [i, w] of batch.entries()) w.resolve(kept[i]!);
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      // One bad answer (a story deleted a moment ago) must not sink the others: retry them one by one.
      for (const one of batch) await writeBatch([one]);
    }
  }

  async function writeAll(): Promise<void> {
    // Answers arriving in the same turn of the event loop join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (waiting.length > 0) {
      const batch = waiting.slice(0, MAX_BATCH);
      waiting = waiting.slice(batch.length);
      await writeBatch(batch);
    }
    writing = null;
  }

  return {
    submit(answer) {
      return new Promise<boolean>((resolve, reject) => {
        waiting.push({ answer, resolve, reject });
        writing ??= writeAll();
      });
    },
    async drain() {
      while (writing) await writing;
    },
  };
}
