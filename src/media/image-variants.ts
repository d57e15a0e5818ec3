/** Responsive variants of an image: several widths, each in AVIF, WebP and a JPEG fallback. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { imageLibrary } from './image-library.ts';

export const VARIANT_WIDTHS = [480, 960, 1440] as const;
export const VARIANT_FORMATS = ['avif', 'webp', 'jpg'] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

export function variantFileName(storageKey: string, width: number, format: VariantFormat): string {
  return `${storageKey}-${width}.${format}`;
}

/** The height sharp gives a variant resized to `width`: the original's proportion, rounded to the nearest pixel. */
export function variantHeight(original: { width: number; height: number }, width: number): number {
  return width === original.width ? original.height : Math.round((original.height * width) / original.width);
}

export interface RenderedImage {
  width: number;
  height: number;
  widths: number[];
}

/** Where imported originals wait for their variants; a dot folder, which the static file server does not serve. */
export const PENDING_DIR = '.pending';

/** The size of an image and the variant widths it will have, read from its header without decoding it. */
export async function measureVariants(input: Buffer): Promise<RenderedImage> {
  const sharp = await imageLibrary();
  const { autoOrient } = await sharp(input, { failOn: 'error' }).metadata();
  const { width, height } = autoOrient;
  if (!width || !height) throw new Error('Image has no dimensions');
  return { width, height, widths: widthsFor(width) };
}

function widthsFor(width: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w <= width);
  if (widths.length === 0) widths.push(width);
  return widths;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Writes every variant of `input` under `mediaDir`; widths larger than the original are skipped.
 * Names derive from the content's hash, so variants already on disk are the same image and are kept.
 */
export async function renderVariants(input: Buffer, storageKey: string, mediaDir: string): Promise<RenderedImage> {
  const sharp = await imageLibrary();
  const source = sharp(input, { failOn: 'error' }).autoOrient();
  const { autoOrient } = await source.metadata();
  const { width, height } = autoOrient;
  if (!width || !height) throw new Error('Image has no dimensions');
  const widths = widthsFor(width);
  const files = widths.flatMap((w) => VARIANT_FORMATS.map((format) => path.join(mediaDir, variantFileName(storageKey, w, format))));
  if ((await Promise.all(files.map(exists))).every(Boolean)) return { width, height, widths };
  await fs.mkdir(mediaDir, { recursive: true });
  await Promise.all(
    widths.flatMap((w) =>
      VARIANT_FORMATS.map((format) => {
        const resized = source.clone().resize({ width: w });
        const encoded =
          format === 'avif'
            ? resized.avif({ quality: 55, effort: 2 })
            : format === 'webp'
              ? resized.webp({ quality: 78 })
              : resized.jpeg({ quality: 80, mozjpeg: true });
        return encoded.toFile(path.join(mediaDir, variantFileName(storageKey, w, format)));
      }),
    ),
  );
  return { width, height, widths };
}
