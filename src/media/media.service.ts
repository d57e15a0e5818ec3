/** Stores images with their responsive variants and presents them to pages in a reader's language. */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { paths } from '../http/urls.ts';
import { renderVariants, VARIANT_FORMATS, type VariantFormat, variantFileName } from './image-variants.ts';
import { findImagesByIds, type ImageRecord, insertImage } from './media.repository.ts';

/** What a page needs to draw an image without layout shift. */
export interface ImageView {
  width: number;
  height: number;
  alt: string;
  /** Largest JPEG variant: the `src` fallback and the Open Graph image. */
  src: string;
  sources: { type: string; srcset: string }[];
}

const MIME: Record<VariantFormat, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' };

export interface MediaService {
  storeImage(input: Buffer, alts: Record<string, string>): Promise<number>;
  imageViews(ids: readonly number[], language: string, fallbackLanguage: string): Promise<Map<number, ImageView>>;
}

export function toImageView(image: ImageRecord, language: string, fallbackLanguage: string): ImageView {
  const largest = Math.max(...image.widths);
  const srcset = (format: VariantFormat) =>
    image.widths.map((w) => `${paths.media(variantFileName(image.storageKey, w, format))} ${w}w`).join(', ');
  return {
    width: image.width,
    height: image.height,
    alt: image.alts[language] ?? image.alts[fallbackLanguage] ?? '',
    src: paths.media(variantFileName(image.storageKey, largest, 'jpg')),
    sources: VARIANT_FORMATS.map((format) => ({ type: MIME[format], srcset: srcset(format) })),
  };
}

export function createMediaService(db: Kysely<Database>, mediaDir: string): MediaService {
  return {
    async storeImage(input, alts) {
      const storageKey = createHash('sha256').update(input).digest('hex').slice(0, 20);
      const rendered = await renderVariants(input, storageKey, mediaDir);
      return insertImage(db, { storageKey, ...rendered, alts }, new Date().toISOString());
    },
    async imageViews(ids, language, fallbackLanguage) {
      const images = await findImagesByIds(db, ids);
      return new Map(images.map((image) => [image.id, toImageView(image, language, fallbackLanguage)]));
    },
  };
}
