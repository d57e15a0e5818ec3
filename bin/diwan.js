#!/usr/bin/env node
// Builds the CLI bundle first (esbuild takes a fraction of a second), so it never runs stale code.
import fs from 'node:fs';

const bundle = new URL('../dist/cli.js', import.meta.url);
const build = new URL('../scripts/build.mjs', import.meta.url);
if (fs.existsSync(new URL('../node_modules/esbuild', import.meta.url))) await import(build.href);
await import(bundle.href);
