/** Stores images with their responsive variants and presents them to pages in a reader's language. */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import { FormError } from '../http/form-error.ts';
import { paths } from '../http/urls.ts';
import { imageLibrary } from './image-library.ts';
import { createImageRecords } from './image-records.ts';
import { measureVariants, PENDING_DIR, renderVariants, VARIANT_FORMATS, type VariantFormat, variantFileName, variantHeight } from './image-variants.ts';
import { findImageIdByStorageKey, type ImageRecord, insertImage, listRecentImageIds } from './media.repository.ts';

/** What a page needs to draw an image without layout shift. */
export interface ImageView {
  width: number;
  height: number;
  alt: string;
  /** Largest JPEG variant: the `src` fallback, the Open Graph image and the feeds' enclosure. */
  src: string;
  /** That variant's own size, which Open Graph and feeds state. */
  srcWidth: number;
  srcHeight: number;
  sources: { type: string; srcset: string }[];
}

const MIME: Record<VariantFormat, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' };

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface MediaService {
  storeImage(input: Buffer, alts: Record<string, string>): Promise<number>;
  /**
   * An image from an import: checked like an upload (by content) but taken without alt text when it has
   * none, and stored at once; its variants are made later by `renderPendingVariants`.
   */
  storeImported(input: Buffer, alts: Record<string, string>): Promise<number>;
  /** Makes the variants of every image stored by `storeImported` that has none yet; says how many. */
  renderPendingVariants(progress?: (done: number, total: number) => void): Promise<number>;
  /**
   * Accepts an upload only if its content (not its name) is a JPEG, PNG, WebP or AVIF image and it
   * has alt text in every language asked for; the same image uploaded twice is stored once.
   */
  storeUpload(input: Buffer | null, alts: Record<string, string>, languages: readonly string[]): Promise<number>;
  recentImages(language: string, fallbackLanguage: string, limit: number): Promise<(ImageView & { id: number; thumbnail: string })[]>;
  imageViews(ids: readonly number[], language: string, fallbackLanguage: string): Promise<Map<number, ImageView>>;
  /** Size in bytes of a variant named by its `/media/…` path (a feed's enclosure states it); null if it is not there. */
  fileBytes(mediaPath: string): Promise<number | null>;
}

/** Everything of an image's view but its alt text: the same in every language. */
function sourcesOf(image: ImageRecord): Omit<ImageView, 'alt'> {
  const largest = Math.max(...image.widths);
  const srcset = (format: VariantFormat) => image.widths.map((w) => `${paths.media(variantFileName(image.storageKey, w, format))} ${w}w`).join(', ');
  return {
    width: image.width,
    height: image.height,
    src: paths.media(variantFileName(image.storageKey, largest, 'jpg')),
    srcWidth: largest,
    srcHeight: variantHeight(image, largest),
    sources: VARIANT_FORMATS.map((format) => ({ type: MIME[format], srcset: srcset(format) })),
  };
}

/** What an upload really is, from its bytes; null when it is not an image we publish. */
async function sniffImage(input: Buffer): Promise<string | null> {
  try {
    const { format, compression } = await (await imageLibrary())(input).metadata();
    if (format === 'jpeg' || format === 'png' || format === 'webp') return format;
    if (format === 'heif' && compression === 'av1') return 'avif';
    return null;
  } catch {
    return null;
  }
}

const keyOf = (input: Buffer) => createHash('sha256').update(input).digest('hex').slice(0, 20);

export function createMediaService(db: Kysely<Database>, mediaDir: string): MediaService {
  const records = createImageRecords(db);
  // Kept records never change, so their sources and srcsets are written once, and go with them.
  const sources = new WeakMap<ImageRecord, Omit<ImageView, 'alt'>>();
  function viewOf(image: ImageRecord, language: string, fallbackLanguage: string): ImageView {
    let view = sources.get(image);
    if (!view) {
      view = sourcesOf(image);
      sources.set(image, view);
    }
    return { ...view, alt: image.alts[language] ?? image.alts[fallbackLanguage] ?? '' };
  }

  async function storeImage(input: Buffer, alts: Record<string, string>): Promise<number> {
    const storageKey = keyOf(input);
    const existing = await findImageIdByStorageKey(db, storageKey);
    if (existing !== undefined) return existing;
    const rendered = await renderVariants(input, storageKey, mediaDir);
    return insertImage(db, { storageKey, ...rendered, alts }, new Date().toISOString());
  }

  const pendingDir = path.join(mediaDir, PENDING_DIR);

  return {
    storeImage,

    async storeImported(input, alts) {
      if (input.length > MAX_UPLOAD_BYTES) throw new AppError('image.too_large', `Image of ${input.length} bytes is over ${MAX_UPLOAD_BYTES}`);
      if (!(await sniffImage(input))) throw new AppError('image.invalid', 'Not a JPEG, PNG, WebP or AVIF image');
      const storageKey = keyOf(input);
      const existing = await findImageIdByStorageKey(db, storageKey);
      if (existing !== undefined) return existing;
      const measured = await measureVariants(input);
      await fs.mkdir(pendingDir, { recursive: true });
      await fs.writeFile(path.join(pendingDir, storageKey), input);
      return insertImage(db, { storageKey, ...measured, alts }, new Date().toISOString());
    },

    async renderPendingVariants(progress) {
      const pending = await fs.readdir(pendingDir).catch(() => [] as string[]);
      for (const [done, storageKey] of pending.entries()) {
        const file = path.join(pendingDir, storageKey);
        await renderVariants(await fs.readFile(file), storageKey, mediaDir);
        await fs.rm(file);
        progress?.(done + 1, pending.length);
      }
      return pending.length;
    },

    async storeUpload(input, alts, languages) {
      const errors: FormError['fields'] = {};
      if (!input || input.length === 0) errors.image = 'admin.error.required';
      else if (input.length > MAX_UPLOAD_BYTES) errors.image = 'admin.error.tooLarge';
      else if (!(await sniffImage(input))) errors.image = 'admin.error.notAnImage';
      for (const language of languages) {
        const alt = alts[language]?.trim() ?? '';
        if (!alt) errors[`alt-${language}`] = 'admin.error.required';
        else if (alt.length > 500) errors[`alt-${language}`] = 'admin.error.tooLong';
      }
      if (Object.keys(errors).length > 0) throw new FormError(errors.image === 'admin.error.tooLarge' ? 'image.too_large' : 'image.invalid', errors);
      return storeImage(input!, Object.fromEntries(languages.map((language) => [language, alts[language]!.trim()])));
    },

    async recentImages(language, fallbackLanguage, limit) {
      const images = await records.byIds(await listRecentImageIds(db, limit));
      return images
        .sort((a, b) => b.id - a.id)
        .map((image) => ({
          ...viewOf(image, language, fallbackLanguage),
          id: image.id,
          thumbnail: paths.media(variantFileName(image.storageKey, Math.min(...image.widths), 'jpg')),
        }));
    },
    async fileBytes(mediaPath) {
      const name = mediaPath.startsWith('/media/') ? mediaPath.slice('/media/'.length) : '';
      if (!/^[\w.-]+$/.test(name)) return null;
      return fs.stat(path.join(mediaDir, name)).then(
        (stat) => stat.size,
        () => null,
      );
    },
    async imageViews(ids, language, fallbackLanguage) {
      const images = await records.byIds(ids);
      return new Map(images.map((image) => [image.id, viewOf(image, language, fallbackLanguage)]));
    },
  };
}
