/**
 * The WordPress import benchmark (`BENCH_ONLY=import npm run bench`): generated exports in three
 * languages (src/testing/wxr-generator.ts) of 2,500, 10,000 and 20,000 posts, one image per five posts (drawn
 * with sharp into an uploads folder), each imported by the CLI as `npx diwan import-wordpress` runs it (bin/diwan.js:
 * dist/cli.js with the server's memory flags, here without bin/diwan.js's rebuild, which is not the import's time) into a fresh
 * SQLite database. Measured: the import's wall time up to its summary, which is printed before the
 * image variants are made (targets: under 2 minutes for 10,000 posts), the process's peak resident
 * memory at that moment (target: under 250 MB, and flat from the smaller file to the larger), and then
 * how fast variants are made, over a bounded window (their own progress, after the import).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import sharp from 'sharp';
import { writeGeneratedExport } from '../src/testing/wxr-generator.ts';
import { NODE_FLAGS, peakRssMb } from './harness.ts';

const SIZES = [2_500, 10_000, 20_000];
const LANGUAGES = ['en', 'fr', 'ar'];
const VARIANT_WINDOW_MS = 30_000;

async function drawImages(uploads: string, count: number): Promise<void> {
  const folder = path.join(uploads, '2024', '01');
  fs.mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    // Every image of its own size, so no two are the same bytes (the library keeps one copy of those).
    const background = { r: (i * 37) % 256, g: (i * 91) % 256, b: (i * 13) % 256 };
    await sharp({ create: { width: 1000 + Math.floor(i / 200), height: 600 + (i % 200), channels: 3, background } })
      .jpeg({ quality: 70 })
      .toFile(path.join(folder, `img-${i}.jpg`));
  }
}

interface Run {
  posts: number;
  images: number;
  megabytes: number;
  seconds: number;
  peakMb: number | null;
  summary: string;
  variantsPerSecond: number | null;
}

async function importOnce(posts: number): Promise<Run> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diwan-bench-import-'));
  const images = posts / 5;
  const file = path.join(dir, 'export.xml');
  await writeGeneratedExport(file, { posts, languages: LANGUAGES, images });
  await drawImages(path.join(dir, 'uploads'), images);
  const started = performance.now();
  const child = spawn(process.execPath, [...NODE_FLAGS, 'dist/cli.js', 'import-wordpress', file, '--uploads', path.join(dir, 'uploads')], {
    env: { ...process.env, DATABASE_URL: `sqlite:${path.join(dir, 'diwan.sqlite')}`, DIWAN_MEDIA_DIR: path.join(dir, 'media'), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: Run = { posts, images, megabytes: fs.statSync(file).size / 1024 ** 2, seconds: 0, peakMb: null, summary: '', variantsPerSecond: null };
  let variantsFrom = 0;
  let variantsDone = 0;
  let variantsSeconds = 0;
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.startsWith('Import finished.')) {
      run.seconds = (performance.now() - started) / 1000;
      run.peakMb = peakRssMb(child.pid);
      variantsFrom = performance.now();
      setTimeout(() => {
        // Each image's original waits in .pending until its variants are made.
        variantsDone = images - fs.readdirSync(path.join(dir, 'media', '.pending')).length;
        variantsSeconds = (performance.now() - variantsFrom) / 1000;
        child.kill('SIGTERM');
      }, VARIANT_WINDOW_MS).unref();
    }
    if (line.startsWith('  Posts:')) run.summary = line.trim();
  });
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (!/^\d+\/\d+ (items|images)$/.test(line)) console.error(line);
  });
  await new Promise((resolve) => child.on('exit', resolve));
  if (variantsSeconds > 0) run.variantsPerSecond = variantsDone / variantsSeconds;
  fs.rmSync(dir, { recursive: true, force: true });
  return run;
}

export async function benchImport(): Promise<void> {
  console.log('\nWordPress import (generated exports, 3 languages, one image per five posts, SQLite):');
  const runs: Run[] = [];
  for (const posts of SIZES) runs.push(await importOnce(posts));
  console.log('| Posts | Images | Export | Import time | Peak RSS | Variants afterwards |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const run of runs) {
    const variants = run.variantsPerSecond === null ? 'n/a' : `${run.variantsPerSecond.toFixed(1)} images/s`;
    console.log(
      `| ${run.posts.toLocaleString('en')} | ${run.images.toLocaleString('en')} | ${run.megabytes.toFixed(1)} MB | ${run.seconds.toFixed(1)} s | ${run.peakMb ?? '?'} MB | ${variants} |`,
    );
  }
  for (const run of runs) console.log(`${run.posts} posts: ${run.summary}`);
}
