/** Writes of visitors' answers: daily salts, rate-limit windows and the answers themselves. */
import type { Kysely, Transaction } from 'kysely';
import type { Database, DeviceClass } from '../db/schema.ts';
import { statementChunks } from '../db/statement-chunks.ts';

export interface NewAnswer {
  visitorKey: string;
  /** The key of the address alone, counted for its own limit and not stored with the answer. */
  addressKey: string;
  day: string;
  pagePath: string;
  language: string;
  storyId: number | null;
  sectionId: number | null;
  machineTranslated: boolean;
  device: DeviceClass;
  rating: number;
  comment: string | null;
  createdAt: string;
  /** Start of the rate-limit window the answer falls in. */
  windowStart: string;
}

/** The salt of a day, created by whichever instance asks first; salts of earlier days are deleted. */
export async function saltOfDay(db: Kysely<Database>, day: string, fresh: string): Promise<string> {
  await db
    .insertInto('feedbackSalts')
    .values({ day, salt: fresh })
    .onConflict((c) => c.column('day').doNothing())
    .execute();
  await db.deleteFrom('feedbackSalts').where('day', '<', day).execute();
  const row = await db.selectFrom('feedbackSalts').select('salt').where('day', '=', day).executeTakeFirstOrThrow();
  return row.salt;
}

/** How many answers fit in one rate-limit window. */
export interface AnswerLimits {
  perVisitor: number;
  perAddress: number;
}

/**
 * Counts each key's answers in its window, the batch's with those already stored; returns, for each
 * of `entries` in order, its running count (how many answers of its key and window up to and
 * including this one). Visitor and address keys share the table; they are hashes of different text.
 */
async function countInWindows(trx: Transaction<Database>, entries: readonly { key: string; windowStart: string }[]): Promise<number[]> {
  const windowKey = (entry: { key: string; windowStart: string }) => `${entry.key} ${entry.windowStart}`;
  const perWindow = new Map<string, { visitorKey: string; windowStart: string; answers: number }>();
  for (const entry of entries) {
    const window = perWindow.get(windowKey(entry));
    if (window) window.answers += 1;
    else perWindow.set(windowKey(entry), { visitorKey: entry.key, windowStart: entry.windowStart, answers: 1 });
  }
  const totals = new Map<string, number>();
  // In one order in every transaction, so instances counting the same address at once cannot deadlock.
  const windows = [...perWindow.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, window]) => window);
  for (const rows of statementChunks(windows)) {
    const counted = await trx
      .insertInto('feedbackRateWindows')
      .values(rows)
      .onConflict((c) =>
        c.columns(['visitorKey', 'windowStart']).doUpdateSet((eb) => ({
          answers: eb(eb.ref('feedbackRateWindows.answers'), '+', eb.ref('excluded.answers')),
        })),
      )
      .returning(['visitorKey', 'windowStart', 'answers'])
      .execute();
    for (const row of counted) totals.set(windowKey({ key: row.visitorKey, windowStart: row.windowStart }), row.answers);
  }
  // Answers before this batch, then one more for each entry of the batch in arrival order.
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const key = windowKey(entry);
    const position = (seen.get(key) ?? 0) + 1;
    seen.set(key, position);
    return totals.get(key)! - perWindow.get(key)!.answers + position;
  });
}

/**
 * Counts each answer against its visitor's window and its address's, and keeps those within both
 * limits; of the kept ones, the last answer per visitor, page and day replaces any earlier. Returns,
 * in order, whether each answer was kept. Runs inside the caller's transaction so the windows and
 * the answers commit together.
 */
export async function writeAnswers(trx: Transaction<Database>, answers: readonly NewAnswer[], limits: AnswerLimits): Promise<boolean[]> {
  const counts = await countInWindows(
    trx,
    answers.flatMap((answer) => [
      { key: answer.visitorKey, windowStart: answer.windowStart },
      { key: answer.addressKey, windowStart: answer.windowStart },
    ]),
  );
  const kept = answers.map((_, i) => counts[2 * i]! <= limits.perVisitor && counts[2 * i + 1]! <= limits.perAddress);

  const latest = new Map<string, NewAnswer>();
  answers.forEach((answer, i) => {
    if (kept[i]) latest.set(`${answer.visitorKey} ${answer.pagePath} ${answer.day}`, answer);
  });
  for (const rows of statementChunks([...latest.values()])) {
    await trx
      .insertInto('feedbackAnswers')
      .values(
        rows.map(({ windowStart: _window, addressKey: _address, machineTranslated, ...answer }) => ({
          ...answer,
          machineTranslated: machineTranslated ? 1 : 0,
        })),
      )
      .onConflict((c) =>
        c.columns(['visitorKey', 'pagePath', 'day']).doUpdateSet((eb) => ({
          rating: eb.ref('excluded.rating'),
          comment: eb.ref('excluded.comment'),
          commentHidden: 0,
          device: eb.ref('excluded.device'),
          machineTranslated: eb.ref('excluded.machineTranslated'),
          storyId: eb.ref('excluded.storyId'),
          sectionId: eb.ref('excluded.sectionId'),
          createdAt: eb.ref('excluded.createdAt'),
        })),
      )
      .execute();
  }
  return kept;
}

/** Drops windows that ended before `before`; they can no longer refuse anyone. */
export async function deleteRateWindowsBefore(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('feedbackRateWindows').where('windowStart', '<', before).execute();
}

/** Removes the text of comments written before `before` (the ratings stay for the statistics). */
export async function eraseCommentsBefore(db: Kysely<Database>, before: string): Promise<number> {
  const result = await db
    .updateTable('feedbackAnswers')
    .set({ comment: null })
    .where('createdAt', '<', before)
    .where('comment', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function setCommentHidden(db: Kysely<Database>, answerId: number, hidden: boolean): Promise<boolean> {
  const result = await db
    .updateTable('feedbackAnswers')
    .set({ commentHidden: hidden ? 1 : 0 })
    .where('id', '=', answerId)
    .where('comment', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
