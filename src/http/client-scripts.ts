/**
 * Browser islands (small scripts for the few pages that need interaction), served under a
 * content-hashed name. The built server reads them from dist/client; run from source (tests,
 * development) they are bundled on the spot with esbuild, so they are never stale.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { projectRoot } from './assets.ts';

export interface ClientScript {
  href: string;
  js: string;
}

export type ClientScriptName = 'body-editor' | 'survey';

async function source(name: ClientScriptName): Promise<string> {
  const root = projectRoot();
  if (import.meta.url.endsWith('.js')) return fs.readFileSync(path.join(root, 'dist', 'client', `${name}.js`), 'utf8');
  // One list of islands for this loader and for scripts/build.mjs.
  const entries = JSON.parse(fs.readFileSync(path.join(root, 'src', 'http', 'client-entries.json'), 'utf8')) as Record<ClientScriptName, string>;
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entries[name]],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

export async function loadClientScript(name: ClientScriptName): Promise<ClientScript> {
  const js = await source(name);
  const hash = createHash('sha256').update(js).digest('hex').slice(0, 12);
  return { href: `/assets/${name}.${hash}.js`, js };
}

export function clientScriptRoutes(scripts: ClientScript[]): FastifyPluginAsync {
  return async (app) => {
    for (const script of scripts) {
      app.get(script.href, async (_request, reply) =>
        reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(script.js),
      );
    }
  };
}
