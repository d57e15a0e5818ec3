/**
 * How long an edit made through one worker takes to show on the pages every worker serves
 * (DIWAN_WORKERS): a section renamed in the admin, then the article that names it read over fresh
 * connections, so that the kernel hands them to any worker, until enough in a row show the new name.
 * The figure runs from the edit's answer (the editor sees it saved) to the first read of that streak;
 * the edit's own round trip (its form read for a token, then saved: the section renamed, its stories reindexed) is
 * reported beside it.
 */
import { performance } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import { HttpBrowser } from '../src/testing/http-browser.ts';
import { databaseFile, PAGES } from './harness.ts';

export const BENCH_ADMIN = { DIWAN_ADMIN_EMAIL: 'bench@example.org', DIWAN_ADMIN_PASSWORD: 'bench admin password' };
const EDITS = 5;
const GIVE_UP_MS = 5000;

const read = async (origin: string) => (await fetch(`${origin}${PAGES.article}`, { headers: { connection: 'close' } })).text();

export interface Invalidation {
  /** Milliseconds from the edit's answer to its showing on four fresh reads per worker in a row. */
  shown: number;
  /** Milliseconds the edit itself took, from sending it to its answer. */
  edit: number;
}

export async function invalidationAcrossWorkers(dir: string, origin: string, workers: number): Promise<Invalidation[]> {
  const db = new SQLite(databaseFile(dir), { readonly: true });
  const section = db.prepare("select id from terms where slug = 'education'").get() as { id: number } | undefined;
  db.close();
  if (!section) throw new Error('the demo content has no "education" section to rename');
  const admin = new HttpBrowser(origin);
  const signedIn = await admin.signIn(BENCH_ADMIN.DIWAN_ADMIN_EMAIL, BENCH_ADMIN.DIWAN_ADMIN_PASSWORD);
  if (signedIn.status !== 303) throw new Error(`signing in answered ${signedIn.status}`);
  const editPage = `/admin/taxonomy/section/${section.id}`;
  const inARow = 4 * workers;
  const figures: Invalidation[] = [];
  for (let edit = 0; edit < EDITS; edit++) {
    const name = `Learning and Schools ${edit}`;
    for (let i = 0; i < inARow; i++) await read(origin); // every worker has the page in its cache
    const started = performance.now();
    const saved = await admin.post(editPage, { slug: 'education', 'name-en': name, 'name-fr': 'Éducation', 'name-ar': 'التربية' }, editPage);
    if (saved.status !== 303) throw new Error(`renaming the section answered ${saved.status}`);
    const answered = performance.now();
    // The streak's first read was sent when every worker already had the change (to within one read).
    let shown = 0;
    let streakFrom = 0;
    while (shown < inARow) {
      const sent = performance.now();
      if (!(await read(origin)).includes(name)) shown = 0;
      else if (shown++ === 0) streakFrom = sent;
      if (performance.now() - started > GIVE_UP_MS) throw new Error(`some worker still served the old name ${GIVE_UP_MS} ms after the edit`);
    }
    figures.push({ shown: streakFrom - answered, edit: answered - started });
  }
  return figures;
}
