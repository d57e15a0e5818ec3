/**
 * The visitor-feedback benchmark, run by bench/run.ts after the page benchmarks (alone:
 * `BENCH_ONLY=feedback npm run bench`). Each part on a fresh Diwan over SQLite in its own temp dir,
 * demo content seeded as usual, 127.0.0.1 only:
 *  1. survey answers (`POST /feedback`, JSON) per second under BENCH_CONNECTIONS connections for
 *     BENCH_SECONDS, every request from a distinct browser-like visitor at its own address (an
 *     IPv6 network of its own, named in X-Forwarded-For as a proxy would); afterwards the rows on disk
 *     are checked against the replies;
 *  2. the dashboard (`/admin/feedback`) over a million answers spread over the last 365 days,
 *     written straight into the database before Diwan starts: the whole year and the last 30 days.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type autocannon from 'autocannon';
import SQLite from 'better-sqlite3';
import { CONNECTIONS, DURATION, databaseFile, load, machine, PAGES, type Result, seed, startDiwan, stopDiwan } from './harness.ts';

const SUBMISSIONS_TARGET = 5000; // answers per second
const DASHBOARD_TARGET_MS = 100;
const ANSWERS = 1_000_000;
const DAYS = 365;
const PAGE_PATHS = 150;
const LOADS = 20;
const BATCH = 50_000;
const ADMIN = { email: 'bench@example.org', password: 'bench admin password' };
const DAY_MS = 86_400_000;

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const formatCount = (n: number) => n.toLocaleString('en');

// ——— 1. Submissions ———

/** Ratings skewed the way satisfaction surveys are; every seventh answer brings a comment. */
const RATING_CYCLE = [5, 4, 5, 3, 4, 5, 2, 4, 1, 5, 4, 3];
const SHORT_COMMENTS = ['Clear and useful.', 'Too long for me.', 'Merci, très utile.', 'شكرا على هذا المقال', 'Please add more data.'];
const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 bench/';
/** Visitor numbers of each run start here times the run's index, so no two runs share a visitor. */
const VISITORS_PER_RUN = 1 << 24;

interface Submissions {
  result: Result;
  warmUp: Result;
  /** Requests sent but never answered: the load generator closes its connections with these in flight. */
  unanswered: number;
  rows: number;
}

/** Visitor n's answer and headers: its own browser and its own IPv6 network, as a proxy names it. */
function visitorAnswer(visitor: number) {
  return {
    body: JSON.stringify({
      rating: RATING_CYCLE[visitor % RATING_CYCLE.length],
      ...(visitor % 7 === 0 ? { comment: SHORT_COMMENTS[visitor % SHORT_COMMENTS.length] } : {}),
      page: PAGES.article,
    }),
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'user-agent': `${USER_AGENT}${visitor}`,
      'x-forwarded-for': `2001:db8:${(visitor >>> 16).toString(16)}:${(visitor & 0xffff).toString(16)}::1`,
    },
  };
}

/**
 * The same answers as visitorAnswer, built in wrk's Lua for each request, counted per thread; done()
 * prints how many were built, since each is built just before it is written.
 */
function wrkScript(firstVisitor: number): string {
  const list = (values: readonly (string | number)[]) => `{${values.map((value) => JSON.stringify(value)).join(', ')}}`;
  return `
local ratings = ${list(RATING_CYCLE)}
local comments = ${list(SHORT_COMMENTS)}
local threads = {}
built = 0
function setup(thread)
  thread:set("first", ${firstVisitor} + #threads * ${VISITORS_PER_RUN / 16})
  table.insert(threads, thread)
end
function request()
  local visitor = first + built
  built = built + 1
  local comment = ""
  if visitor % 7 == 0 then comment = ',"comment":"' .. comments[visitor % #comments + 1] .. '"' end
  local body = '{"rating":' .. ratings[visitor % #ratings + 1] .. comment .. ',"page":"${PAGES.article}"}'
  return wrk.format("POST", "/feedback", {
    ["content-type"] = "application/json",
    ["accept"] = "application/json",
    ["user-agent"] = "${USER_AGENT}" .. visitor,
    ["x-forwarded-for"] = string.format("2001:db8:%x:%x::1", math.floor(visitor / 65536), visitor % 65536),
  }, body)
end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("built") end
  io.write("requests built: " .. total .. "\\n")
end
`;
}

async function benchSubmissions(dir: string): Promise<Submissions> {
  const diwan = await startDiwan(dir, { TRUST_PROXY: '127.0.0.1' });
  // Every request a new visitor (address + User-Agent), so neither the per-visitor and per-address
  // limits nor the one-answer-per-page-and-day rule turns an answer away.
  const run = async (index: number, duration: number) => {
    let visitor = index * VISITORS_PER_RUN;
    const first = visitor;
    const request: autocannon.Request = {
      method: 'POST',
      path: '/feedback',
      setupRequest: (req) => {
        const answer = visitorAnswer(visitor++);
        return { ...req, headers: { ...req.headers, ...answer.headers }, body: answer.body };
      },
    };
    const options = { url: diwan.origin, duration, wrkScript: wrkScript(first), autocannonRequests: [request] };
    const result = await load('POST /feedback', 'Diwan', options);
    const built = result.output ? Number(/requests built: (\d+)/.exec(result.output)?.[1]) : visitor - first;
    return { result, unanswered: built - result.succeeded - result.non2xx };
  };
  try {
    const warmUp = await run(0, 1);
    const measured = await run(1, DURATION);
    await stopDiwan(diwan.child);
    const db = new SQLite(databaseFile(dir), { readonly: true });
    const { rows } = db.prepare('select count(*) as rows from feedback_answers').get() as { rows: number };
    db.close();
    return { result: measured.result, warmUp: warmUp.result, unanswered: warmUp.unanswered + measured.unanswered, rows };
  } finally {
    await stopDiwan(diwan.child);
  }
}

function reportRows({ result, warmUp, unanswered, rows }: Submissions): void {
  const replied = result.succeeded + warmUp.succeeded;
  console.log(
    `feedback_answers rows: ${formatCount(rows)}; 2xx replies: measured run ${formatCount(result.succeeded)} + warm-up ${formatCount(warmUp.succeeded)} = ${formatCount(replied)}`,
  );
  if (rows === replied) return;
  // The load generator closes its connections when time is up: the requests in flight then reach the
  // server and are stored, but their replies are never read. Those, and only those, may add rows.
  if (rows > replied && rows - replied <= unanswered) {
    console.log(
      `  + ${formatCount(rows - replied)} rows from the ${formatCount(unanswered)} requests in flight when the load generator closed its connections (stored; replies not read)`,
    );
  } else {
    console.error(`error: ${formatCount(rows)} rows for ${formatCount(replied)} 2xx replies (and ${formatCount(unanswered)} requests left without a reply)`);
  }
}

// ——— 2. The dashboard over a million answers ———

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so every run writes the same data. */
function randomNumbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Picks an index with probability proportional to its weight. */
function picker(weights: readonly number[], random: () => number): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (const weight of weights) {
    sum += weight;
    cumulative.push(sum);
  }
  return () => {
    const x = random() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > x) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}

interface PageSpec {
  path: string;
  language: string;
  sectionId: number | null;
  machineTranslated: 0 | 1;
}

const LANGUAGES = [
  { code: 'ar', share: 0.35 },
  { code: 'en', share: 0.45 },
  { code: 'fr', share: 0.2 },
];
const DEVICES = ['desktop', 'mobile', 'tablet'] as const;
const COMMENTS: Record<string, string[]> = {
  ar: ['مقال ممتاز', 'الترجمة غير واضحة', 'شكرا جزيلا', 'أتمنى المزيد من التفاصيل'],
  en: ['Very informative.', 'Hard to read on my phone.', 'Great news, thanks!', 'Where can I find the full report?', 'Too short.'],
  fr: ['Très intéressant.', 'La traduction est maladroite.', 'Merci pour cet article.', 'Il manque des chiffres.'],
};

/** Home, section and story pages in each language, about PAGE_PATHS in all, sections from the seeded terms. */
function pagesOf(sections: readonly { id: number; slug: string }[]): PageSpec[] {
  const pages: PageSpec[] = [];
  const storiesPerLanguage = PAGE_PATHS / LANGUAGES.length - 1 - sections.length;
  for (const { code } of LANGUAGES) {
    pages.push({ path: `/${code}/`, language: code, sectionId: null, machineTranslated: 0 });
    for (const section of sections) pages.push({ path: `/${code}/sections/${section.slug}`, language: code, sectionId: section.id, machineTranslated: 0 });
    for (let story = 1; story <= storiesPerLanguage; story++) {
      pages.push({
        path: `/${code}/news/story-${story}`,
        language: code,
        sectionId: story % 9 === 0 || sections.length === 0 ? null : sections[story % sections.length]!.id,
        machineTranslated: code !== 'en' && story % 3 === 0 ? 1 : 0,
      });
    }
  }
  return pages;
}

interface Generated {
  inserted: number;
  /** Answers on each day, oldest first (the last is today). */
  perDay: number[];
  seconds: number;
}

/**
 * ANSWERS rows over the last DAYS days (today's up to now), busier on weekdays and growing over the
 * year; visitors answer one to three pages a day; a few pages draw most answers.
 */
function generateAnswers(file: string): Generated {
  const started = performance.now();
  const random = randomNumbers(20260503);
  const db = new SQLite(file);
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -131072');
  const sections = db.prepare("select id, slug from terms where kind = 'section' order by position, id").all() as { id: number; slug: string }[];
  const pages = pagesOf(sections);
  const languageShare = new Map(LANGUAGES.map((l) => [l.code, l.share]));
  // Popularity falls off with rank (Zipf-like) within a language; home pages draw the most.
  const pickPage = picker(
    pages.map((page, i) => {
      const rank = 1 + ((i * 37) % pages.length);
      return (languageShare.get(page.language)! * (page.path.endsWith('/') ? 5 : 1)) / rank ** 0.8;
    }),
    random,
  );
  const pickRating = picker([6, 7, 14, 33, 40], random);
  const pickRatingTranslated = picker([10, 12, 20, 30, 28], random);
  const pickDevice = picker([55, 38, 7], random);
  const pickAnswersPerVisitor = picker([75, 18, 7], random);
  const keyAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const newVisitorKey = () => {
    let key = '';
    for (let i = 0; i < 27; i++) key += keyAlphabet[Math.floor(random() * 64)];
    return key;
  };

  const insert = db.prepare(
    `insert into feedback_answers (visitor_key, day, page_path, language, story_id, section_id, machine_translated, device, rating, comment, comment_hidden, created_at)
     values (?, ?, ?, ?, null, ?, ?, ?, ?, ?, 0, ?)
     on conflict (visitor_key, page_path, day) do nothing`,
  );
  type Row = [string, string, string, string, number | null, number, string, number, string | null, string];
  const insertAll = db.transaction((rows: Row[]) => rows.reduce((sum, row) => sum + insert.run(...row).changes, 0));

  // Answers per day: weekdays busier, the year growing; rounded cumulatively so they sum to ANSWERS.
  const now = Date.now();
  const today = Date.parse(`${dayOf(now)}T00:00:00Z`);
  const weights = Array.from({ length: DAYS }, (_, d) => {
    const weekday = new Date(today - (DAYS - 1 - d) * DAY_MS).getUTCDay();
    return (weekday === 0 || weekday === 6 ? 0.75 : 1.1) * (0.8 + (0.4 * d) / (DAYS - 1));
  });
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  const quotas = weights.map((weight) => {
    const before = Math.round((cumulative / totalWeight) * ANSWERS);
    cumulative += weight;
    return Math.round((cumulative / totalWeight) * ANSWERS) - before;
  });

  let inserted = 0;
  const perDay: number[] = [];
  let batch: Row[] = [];
  const flush = () => {
    inserted += insertAll(batch);
    batch = [];
  };
  quotas.forEach((quota, d) => {
    const start = today - (DAYS - 1 - d) * DAY_MS;
    const span = d === DAYS - 1 ? Math.max(1000, now - start) : DAY_MS;
    const day = dayOf(start);
    let visitorKey = '';
    let device = '';
    let answersLeft = 0;
    const answered = new Set<number>();
    for (let i = 0; i < quota; i++) {
      if (answersLeft === 0) {
        visitorKey = newVisitorKey();
        device = DEVICES[pickDevice()]!;
        answersLeft = 1 + pickAnswersPerVisitor();
        answered.clear();
      }
      answersLeft -= 1;
      let pageIndex = pickPage();
      while (answered.has(pageIndex)) pageIndex = pickPage();
      answered.add(pageIndex);
      const page = pages[pageIndex]!;
      const rating = 1 + (page.machineTranslated ? pickRatingTranslated() : pickRating());
      const comments = COMMENTS[page.language]!;
      const comment = random() < 0.15 ? comments[Math.floor(random() * comments.length)]! : null;
      const createdAt = new Date(start + Math.floor(((i + random()) / quota) * span)).toISOString();
      batch.push([visitorKey, day, page.path, page.language, page.sectionId, page.machineTranslated, device, rating, comment, createdAt]);
      if (batch.length === BATCH) flush();
    }
    perDay.push(quota);
  });
  flush();
  db.close();
  return { inserted, perDay, seconds: (performance.now() - started) / 1000 };
}

function cookieOf(response: Response, name: string): string {
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0]!)
    .find((pair) => pair.startsWith(`${name}=`));
  if (!cookie) throw new Error(`${response.url} set no ${name} cookie (status ${response.status})`);
  return cookie;
}

/** Signs in through the real form and returns the session cookie. */
async function signIn(origin: string): Promise<string> {
  const form = await fetch(`${origin}/admin/sign-in`);
  const csrfCookie = cookieOf(form, 'diwan_csrf');
  const token = /<input[^>]*name="_csrf"[^>]*value="([^"]*)"/.exec(await form.text())?.[1];
  if (!token) throw new Error('The sign-in form has no _csrf field');
  const reply = await fetch(`${origin}/admin/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ email: ADMIN.email, password: ADMIN.password, _csrf: token, next: '' }),
  });
  if (reply.status !== 303) throw new Error(`Signing in answered ${reply.status}, not 303`);
  return cookieOf(reply, 'diwan_session');
}

interface Timings {
  first: number;
  median: number;
  p95: number;
}

/** The first load, then LOADS more one after another; each must be a 200 showing `answers` answers. */
async function timeDashboard(origin: string, urlPath: string, cookie: string, answers: number): Promise<Timings> {
  const expected = `<dt>Answers</dt><dd><strong>${formatCount(answers)}</strong>`;
  const loadOnce = async () => {
    const started = performance.now();
    const response = await fetch(`${origin}${urlPath}`, { headers: { cookie } });
    const html = await response.text();
    const ms = performance.now() - started;
    if (response.status !== 200) console.error(`error: GET ${urlPath} answered ${response.status}`);
    else if (!html.includes(expected)) {
      const shown = /<dt>Answers<\/dt><dd><strong>([^<]*)<\/strong>/.exec(html)?.[1] ?? 'no count';
      console.error(`error: GET ${urlPath} shows ${shown} answers, not ${formatCount(answers)}`);
    }
    return ms;
  };
  const first = await loadOnce();
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) times.push(await loadOnce());
  times.sort((a, b) => a - b);
  const rank = (share: number) => times[Math.ceil(share * times.length) - 1]!;
  return { first, median: (times[Math.floor((times.length - 1) / 2)]! + times[Math.ceil((times.length - 1) / 2)]!) / 2, p95: rank(0.95) };
}

interface Dashboard {
  inserted: number;
  year: Timings;
  month: Timings;
}

async function benchDashboard(dir: string): Promise<Dashboard> {
  const generated = generateAnswers(databaseFile(dir));
  const sizeMb = Math.round(fs.statSync(databaseFile(dir)).size / 1024 / 1024);
  console.log(`Wrote ${formatCount(generated.inserted)} answers over ${DAYS} days in ${generated.seconds.toFixed(1)} s (database ${sizeMb} MB)`);
  const started = performance.now();
  const diwan = await startDiwan(dir, { DIWAN_ADMIN_EMAIL: ADMIN.email, DIWAN_ADMIN_PASSWORD: ADMIN.password });
  console.log(`Diwan ready in ${((performance.now() - started) / 1000).toFixed(1)} s on that database`);
  try {
    const cookie = await signIn(diwan.origin);
    const today = Date.parse(`${dayOf(Date.now())}T00:00:00Z`);
    const lastMonth = generated.perDay.slice(-30).reduce((a, b) => a + b, 0);
    const year = await timeDashboard(diwan.origin, `/admin/feedback?from=${dayOf(today - DAYS * DAY_MS)}&to=${dayOf(today)}`, cookie, generated.inserted);
    const month = await timeDashboard(diwan.origin, '/admin/feedback', cookie, lastMonth);
    await stopDiwan(diwan.child);
    const db = new SQLite(databaseFile(dir), { readonly: true });
    const { days } = db.prepare('select count(*) as days from feedback_rolled_days').get() as { days: number };
    db.close();
    console.log(`Days rolled up by the server's upkeep: ${days}`);
    return { inserted: generated.inserted, year, month };
  } finally {
    await stopDiwan(diwan.child);
  }
}

export async function benchFeedback(): Promise<void> {
  const dirs = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'diwan-bench-feedback-')));
  const [submissionsDir, dashboardDir] = dirs as [string, string];
  try {
    await Promise.all(dirs.map((dir) => seed(dir)));
    const submissions = await benchSubmissions(submissionsDir);
    const dashboard = await benchDashboard(dashboardDir);

    const ms = (value: number) => Number(value.toFixed(1));
    const met = (ok: boolean) => (ok ? 'yes' : 'NO');
    const { result } = submissions;
    console.log(
      `\nVisitor feedback: ${CONNECTIONS} connections for ${DURATION} s of answers; dashboard over ${formatCount(dashboard.inserted)} answers, first load then ${LOADS} in a row; ${machine()}`,
    );
    console.table([
      {
        benchmark: 'POST /feedback (JSON)',
        'req/s': result.requestsPerSecond,
        'first ms': '—',
        'p50 ms': result.p50,
        'p95 ms': '—',
        'p99 ms': result.p99,
        'non-2xx': result.non2xx,
        target: `≥ ${formatCount(SUBMISSIONS_TARGET)} req/s`,
        met: met(result.requestsPerSecond >= SUBMISSIONS_TARGET && result.errors === 0),
      },
      ...(
        [
          ['dashboard, whole year', dashboard.year],
          ['dashboard, last 30 days', dashboard.month],
        ] as const
      ).map(([benchmark, timings]) => ({
        benchmark,
        'req/s': '—',
        'first ms': ms(timings.first),
        'p50 ms': ms(timings.median),
        'p95 ms': ms(timings.p95),
        'p99 ms': '—',
        'non-2xx': '—',
        target: `< ${DASHBOARD_TARGET_MS} ms`,
        met: met(timings.median < DASHBOARD_TARGET_MS && timings.p95 < DASHBOARD_TARGET_MS),
      })),
    ]);
    reportRows(submissions);
  } finally {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}
