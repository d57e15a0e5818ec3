/** The site's stylesheet, served from memory under a content-hashed name so browsers may cache it for a year. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';

/** The folder holding package.json, found from this module whether it runs from src/ or a dist/ bundle. */
export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the running module');
    dir = parent;
  }
  return dir;
}

export interface Stylesheet {
  href: string;
  css: string;
}

export function loadStylesheet(): Stylesheet {
  const css = fs.readFileSync(path.join(projectRoot(), 'public', 'styles.css'), 'utf8');
  const hash = createHash('sha256').update(css).digest('hex').slice(0, 12);
  return { href: `/assets/styles.${hash}.css`, css };
}

export function assetRoutes(stylesheet: Stylesheet): FastifyPluginAsync {
  return async (app) => {
    app.get(stylesheet.href, async (_request, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(stylesheet.css),
    );
  };
}
