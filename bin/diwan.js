#!/usr/bin/env node
// Builds the CLI bundle first (esbuild takes a fraction of a second), so it never runs stale code, then
// runs it in a Node with the server's memory flags (see README, Benchmark): without them V8 lets garbage
// that outlived a young collection pile up, and a long import grows to twice the memory it needs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli.js', import.meta.url);
const build = new URL('../scripts/build.mjs', import.meta.url);
if (fs.existsSync(new URL('../node_modules/esbuild', import.meta.url))) await import(build.href);
// A heap size given in NODE_OPTIONS is the operator's choice and wins.
const flags = /max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : ['--max-semi-space-size=4', '--max-old-space-size=128'];
const { status, signal } = spawnSync(process.execPath, [...flags, '--enable-source-maps', fileURLToPath(bundle), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(status ?? (signal ? 1 : 0));
