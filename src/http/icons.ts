/**
 * The site's icons (favicon, SVG icon, phones' home-screen icon and the manifest's), served from memory.
 * Their names are fixed — browsers ask for `/favicon.ico` unprompted — so they are cached for a day, not
 * a year. The PNG and ICO files are rendered from `icon.svg` by `scripts/make-icons.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { projectRoot } from './assets.ts';

/** The brand colour of the stylesheet (`--accent`): browsers tint their bars with it. */
export const THEME_COLOR = '#0b6e4f';

export const ICON_PATHS = {
  favicon: '/favicon.ico',
  svg: '/icon.svg',
  appleTouch: '/apple-touch-icon.png',
  manifest192: '/icon-192.png',
  manifest512: '/icon-512.png',
} as const;

const TYPES: Record<string, string> = { '.ico': 'image/x-icon', '.svg': 'image/svg+xml', '.png': 'image/png' };

export function iconRoutes(): FastifyPluginAsync {
  const folder = path.join(projectRoot(), 'public', 'icons');
  const icons = Object.values(ICON_PATHS).map((url) => ({ url, body: fs.readFileSync(path.join(folder, url.slice(1))), type: TYPES[path.extname(url)]! }));
  return async (app) => {
    for (const icon of icons) {
      app.get(icon.url, async (_request, reply) => reply.type(icon.type).header('cache-control', 'public, max-age=86400').send(icon.body));
    }
  };
}
