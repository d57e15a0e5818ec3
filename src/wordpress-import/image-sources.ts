/**
 * Where an image's bytes come from: the `--uploads` folder when the file is there (by its path under
 * `wp-content/uploads`), else its address on the old site through the guarded fetch.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { type FetchLimits, fetchPublic } from './safe-fetch.ts';

const UPLOADS = '/wp-content/uploads/';
/** WordPress's resized copies: `photo-1024x683.jpg` is a size of `photo.jpg`. */
const SIZE_SUFFIX = /-\d+x\d+(\.[a-z0-9]+)$/i;

/** `https://site/wp-content/uploads/2024/03/photo-1024x683.jpg` → `2024/03/photo.jpg`; null for other addresses. */
export function uploadsPath(src: string, siteUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(src, siteUrl || 'http://old.invalid');
  } catch {
    return null;
  }
  const at = url.pathname.indexOf(UPLOADS);
  if (at === -1) return null;
  let file: string;
  try {
    file = decodeURIComponent(url.pathname.slice(at + UPLOADS.length));
  } catch {
    return null;
  }
  return file.replace(SIZE_SUFFIX, '$1');
}

export interface ImageSources {
  /** The bytes of an uploads file (`2024/03/photo.jpg`), or of `url` when the folder does not have it. */
  read(file: string | null, url: string): Promise<Buffer>;
}

export function createImageSources(uploadsDir: string | undefined, fetchLimits: FetchLimits): ImageSources {
  const root = uploadsDir ? path.resolve(uploadsDir) : null;
  return {
    async read(file, url) {
      if (root && file) {
        const full = path.resolve(root, file);
        // A path from the export never leaves the folder (`../../etc/passwd` is not an upload).
        if (full.startsWith(root + path.sep)) {
          const bytes = await fs.readFile(full).catch(() => null);
          if (bytes) return bytes;
        }
      }
      return fetchPublic(url, fetchLimits);
    },
  };
}
