/**
 * sharp (libvips), loaded on first use: an instance that only serves pages never pays its memory
 * (about 20 MB resident), and its decoded-image cache is off because each image is processed once.
 */
import type Sharp from 'sharp';

let loaded: Promise<typeof Sharp> | null = null;

export function imageLibrary(): Promise<typeof Sharp> {
  loaded ??= import('sharp').then(({ default: sharp }) => {
    sharp.cache(false);
    return sharp;
  });
  return loaded;
}
