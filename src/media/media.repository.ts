import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';

export interface ImageRecord {
  id: number;
  storageKey: string;
  width: number;
  height: number;
  widths: number[];
  /** Alt text per language. */
  alts: Record<string, string>;
}

export async function insertImage(db: Kysely<Database>, image: Omit<ImageRecord, 'id'>, now: string): Promise<number> {
  // One transaction: a reader (on any instance) sees the image with all its alt texts or not at all.
  return inTransaction(db, async (trx) => {
    const { id } = await trx
      .insertInto('images')
      .values({
        storageKey: image.storageKey,
        width: image.width,
        height: image.height,
        variantWidths: JSON.stringify(image.widths),
        createdAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const alts = Object.entries(image.alts).map(([language, alt]) => ({ imageId: id, language, alt }));
    if (alts.length > 0) await trx.insertInto('imageAlts').values(alts).execute();
    return id;
  });
}

export async function findImagesByIds(db: Kysely<Database>, ids: readonly number[]): Promise<ImageRecord[]> {
  if (ids.length === 0) return [];
  // Images with their alt texts in one query: one row per image and language.
  const rows = await db
    .selectFrom('images as i')
    .leftJoin('imageAlts as a', 'a.imageId', 'i.id')
    .select(['i.id', 'i.storageKey', 'i.width', 'i.height', 'i.variantWidths', 'a.language', 'a.alt'])
    .where('i.id', 'in', [...new Set(ids)])
    .execute();
  const images = new Map<number, ImageRecord>();
  for (const row of rows) {
    let image = images.get(row.id);
    if (!image) {
      image = { id: row.id, storageKey: row.storageKey, width: row.width, height: row.height, widths: JSON.parse(row.variantWidths) as number[], alts: {} };
      images.set(row.id, image);
    }
    if (row.language !== null && row.alt !== null) image.alts[row.language] = row.alt;
  }
  return [...images.values()];
}

export async function findImageIdByStorageKey(db: Kysely<Database>, storageKey: string): Promise<number | undefined> {
  return (await db.selectFrom('images').select('id').where('storageKey', '=', storageKey).executeTakeFirst())?.id;
}

export async function listRecentImageIds(db: Kysely<Database>, limit: number): Promise<number[]> {
  return (await db.selectFrom('images').select('id').orderBy('id', 'desc').limit(limit).execute()).map((row) => row.id);
}
