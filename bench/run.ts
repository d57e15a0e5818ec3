/**
 * `npm run bench`: load and timing on this machine, 127.0.0.1 only, load from Debian's `wrk`
 * (bench/harness.ts). In turn:
 *  - the public pages (bench/pages.ts): nginx and a bare Node server as yardsticks, Diwan with its
 *    page cache and rendering each request, in one process and on every core;
 *  - visitor feedback (bench/feedback.ts): survey answers under load, the dashboard over a million;
 *  - machine translation (bench/translation.ts): a story's first translation through a real Apertium
 *    APY, and its cached page against the human one;
 *  - the WordPress import (bench/wordpress-import.ts): 10,000 generated posts in three languages;
 *  - search (bench/search.ts): index build and query times over 100,000 generated stories.
 *   BENCH_SECONDS=8 BENCH_CONNECTIONS=32 BENCH_ROUNDS=3 npm run bench
 *   BENCH_ONLY=pages npm run bench      (or feedback, translation, import or search)
 *   BENCH_BASELINE=/path/to/an/older/built/checkout BENCH_ONLY=pages npm run bench
 */
import { benchFeedback } from './feedback.ts';
import { benchPages } from './pages.ts';
import { benchSearch } from './search.ts';
import { benchTranslation } from './translation.ts';
import { benchImport } from './wordpress-import.ts';

const BENCHMARKS = { pages: benchPages, feedback: benchFeedback, translation: benchTranslation, import: benchImport, search: benchSearch };

const only = process.env.BENCH_ONLY;
if (only && !(only in BENCHMARKS)) throw new Error(`BENCH_ONLY must be one of ${Object.keys(BENCHMARKS).join(', ')}, not "${only}"`);
for (const [name, bench] of Object.entries(BENCHMARKS)) if (!only || only === name) await bench();
