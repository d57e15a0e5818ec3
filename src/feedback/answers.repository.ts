/** Writes of visitors' answers: daily salts, rate-limit windows and the answers themselves. */
import type { Kysely, Transaction } from 'kysely';
import type { Database, DeviceClass } from '../db/schema.ts';
import { statementChunks } from '../db/statement-chunks.ts';

export interface NewAnswer {
  visitorKey: string;
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

/**
 * Counts each answer against its visitor's window and keeps those within `limit`; of the kept ones,
 * the last answer per visitor, page and day replaces any earlier. Returns, in order, whether each
 * answer was kept. Runs inside the caller's transaction so a window and its answers commit together.
 */
export async function writeAnswers(trx: Transaction<Database>, answers: readonly NewAnswer[], limit: number): Promise<boolean[]> {
  const windowKey = (a: NewAnswer) => `${a.visitorKey} ${a.windowStart}`;
  const perWindow = new Map<string, { visitorKey: string; windowStart: string; answers: number }>();
  for (const answer of answers) {
    const entry = perWindow.get(windowKey(answer));
    if (entry) entry.answers += 1;
    else perWindow.set(windowKey(answer), { visitorKey: answer.visitorKey, windowStart: answer.windowStart, answers: 1 });
  }
  const totals = new Map<string, number>();
  for (const rows of statementChunks([...perWindow.values()])) {
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
    for (const row of counted) totals.set(`${row.visitorKey} ${row.windowStart}`, row.answers);
  }

  // Answers before this batch, then one more for each answer of the batch in arrival order.
  const seen = new Map<string, number>();
  const kept = answers.map((answer) => {
    const key = windowKey(answer);
    const before = totals.get(key)! - perWindow.get(key)!.answers;
    const position = (seen.get(key) ?? 0) + 1;
    seen.set(key, position);
    return before + position <= limit;
  });

  const latest = new Map<string, NewAnswer>();
  answers.forEach((answer, i) => {
    if (kept[i]) latest.set(`${answer.visitorKey} ${answer.pagePath} ${answer.day}`, answer);
  });
  for (const rows of statementChunks([...latest.values()])) {
    await trx
      .insertInto('feedbackAnswers')
      .values(
        rows.map(({ windowStart: _window, machineTranslated, ...answer }) => ({
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
