import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface ImageRecord {
  id: number;
  storageKey: string;
  width: number;
  height: number;
  widths: number[];
  /** Alt text per language. */
  alts: Record<string, string>;
}

export async function insertImage(
  db: Kysely<Database>,
  image: Omit<ImageRecord, 'id'>,
  now: string,
): Promise<number> {
  const { id } = await db
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
  if (alts.length > 0) await db.insertInto('imageAlts').values(alts).execute();
  return id;
}

export async function findImagesByIds(db: Kysely<Database>, ids: readonly number[]): Promise<ImageRecord[]> {
  if (ids.length === 0) return [];
  const [images, alts] = await Promise.all([
    db.selectFrom('images').selectAll().where('id', 'in', [...ids]).execute(),
    db.selectFrom('imageAlts').selectAll().where('imageId', 'in', [...ids]).execute(),
  ]);
  return images.map((image) => ({
    id: image.id,
    storageKey: image.storageKey,
    width: image.width,
    height: image.height,
    widths: JSON.parse(image.variantWidths) as number[],
    alts: Object.fromEntries(alts.filter((alt) => alt.imageId === image.id).map((alt) => [alt.language, alt.alt])),
  }));
}

export async function findImageIdByStorageKey(db: Kysely<Database>, storageKey: string): Promise<number | undefined> {
  return (await db.selectFrom('images').select('id').where('storageKey', '=', storageKey).executeTakeFirst())?.id;
}

export async function listRecentImageIds(db: Kysely<Database>, limit: number): Promise<number[]> {
  return (await db.selectFrom('images').select('id').orderBy('id', 'desc').limit(limit).execute()).map((row) => row.id);
}
