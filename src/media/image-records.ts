/**
 * Image records as pages need them, read once and then kept. A stored image never changes: its key
 * is its content's hash and its alt texts are written with it, in one transaction, and ids are never
 * reused. So a kept record is never stale, on any instance, and needs no invalidation (a restore
 * replaces the database under a running instance, which is why instances are restarted after one).
 * The oldest-used are let go past `capacity`: a record with its srcsets is about 1.5 KB of a heap
 * limited to 128 MB. Article and listing pages read several images on every render.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { findImagesByIds, type ImageRecord } from './media.repository.ts';

export interface ImageRecords {
  /** The records of these ids that exist, each once, in the order asked. */
  byIds(ids: readonly number[]): Promise<ImageRecord[]>;
}

export function createImageRecords(db: Kysely<Database>, capacity = 2_000): ImageRecords {
  const kept = new Map<number, ImageRecord>();

  function keep(record: ImageRecord) {
    kept.delete(record.id);
    kept.set(record.id, record);
    if (kept.size > capacity) kept.delete(kept.keys().next().value!);
  }

  return {
    async byIds(ids) {
      const unique = [...new Set(ids)];
      const found = new Map<number, ImageRecord>();
      for (const id of unique) {
        const record = kept.get(id);
        if (record) found.set(id, record);
      }
      const missing = unique.filter((id) => !found.has(id));
      if (missing.length > 0) for (const record of await findImagesByIds(db, missing)) found.set(record.id, record);
      return unique.flatMap((id) => {
        const record = found.get(id);
        if (!record) return [];
        keep(record);
        return [record];
      });
    },
  };
}
