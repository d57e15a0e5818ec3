/**
 * A generated archive for the search benchmark: stories in Arabic, English and French whose words are drawn,
 * with Zipf's law, from the demo newsroom's own vocabulary in each language, so stems, prefixes and common
 * words occur as they do in real news. Deterministic: the same seed gives the same archive.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.ts';
import { DEMO_STORIES } from '../src/seed/index.ts';
import { plainTextOf } from '../src/text/plain-text.ts';
import { wordsOf } from '../src/text/search-words.ts';

export const LANGUAGES = ['ar', 'en', 'fr'] as const;
export const SECTIONS = ['education', 'science', 'culture', 'society'];
export const MEMBER_STATES = ['MA', 'EG', 'SA', 'ID', 'MY', 'SN', 'TN', 'PK', 'TR', 'NG', 'JO', 'UZ'];
/** Stories span ten years, newest today. */
const SPAN_MS = 10 * 365 * 86_400_000;

/** mulberry32: small, fast and good enough to spread words. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each language's words, most frequent first, with cumulative Zipf weights for drawing. */
export function vocabularies(): Record<string, { words: string[]; cumulative: Float64Array }> {
  const out: Record<string, { words: string[]; cumulative: Float64Array }> = {};
  for (const language of LANGUAGES) {
    const counts = new Map<string, number>();
    for (const story of DEMO_STORIES) {
      const t = story.translations[language];
      if (!t) continue;
      for (const word of wordsOf(`${t.title} ${t.summary} ${plainTextOf(t.bodyHtml)}`)) counts.set(word.text, (counts.get(word.text) ?? 0) + 1);
    }
    const words = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
    const cumulative = new Float64Array(words.length);
    let sum = 0;
    words.forEach((_, rank) => {
      sum += 1 / (rank + 1);
      cumulative[rank] = sum;
    });
    out[language] = { words, cumulative: cumulative.map((c) => c / sum) };
  }
  return out;
}

function draw(vocabulary: { words: string[]; cumulative: Float64Array }, next: () => number, count: number): string {
  const picked: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = next();
    let lo = 0;
    let hi = vocabulary.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (vocabulary.cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    picked.push(vocabulary.words[lo]!);
  }
  return picked.join(' ');
}

/** Writes `stories` stories with a translation in each language (published), filed under a section and a Member State. */
export async function generateArchive(db: Kysely<Database>, stories: number, onBatch: (done: number) => void): Promise<void> {
  const vocab = vocabularies();
  const next = random(13);
  const now = Date.now();
  const termIds: number[] = [];
  for (const [position, slug] of SECTIONS.entries()) {
    const { id } = await db.insertInto('terms').values({ kind: 'section', slug, position }).returning('id').executeTakeFirstOrThrow();
    await db
      .insertInto('termNames')
      .values(LANGUAGES.map((language) => ({ termId: id, language, name: `${slug} ${language}` })))
      .execute();
    termIds.push(id);
  }
  await db
    .insertInto('memberStates')
    .values(MEMBER_STATES.map((code) => ({ code })))
    .execute();
  const BATCH = 500;
  for (let start = 0; start < stories; start += BATCH) {
    const count = Math.min(BATCH, stories - start);
    await db.transaction().execute(async (trx) => {
      const at = new Date(now).toISOString();
      const ids = await trx
        .insertInto('stories')
        .values(Array.from({ length: count }, () => ({ featured: 0, heroImageId: null, createdAt: at, updatedAt: at })))
        .returning('id')
        .execute();
      const translations = ids.flatMap(({ id }, i) => {
        const publishedAt = new Date(now - SPAN_MS + ((start + i) / stories) * SPAN_MS).toISOString();
        return LANGUAGES.map((language) => {
          const paragraphs = Array.from({ length: 4 }, () => `<p>${draw(vocab[language]!, next, 45)}.</p>`).join('');
          return {
            storyId: id,
            language,
            slug: `story-${id}-${language}`,
            title: draw(vocab[language]!, next, 9),
            summary: draw(vocab[language]!, next, 24),
            bodyHtml: paragraphs,
            status: 'published' as const,
            origin: 'human' as const,
            publishedAt,
            createdAt: publishedAt,
            updatedAt: publishedAt,
          };
        });
      });
      for (let i = 0; i < translations.length; i += 150)
        await trx
          .insertInto('translations')
          .values(translations.slice(i, i + 150))
          .execute();
      await trx
        .insertInto('storyTerms')
        .values(ids.map(({ id }) => ({ storyId: id, termId: termIds[Math.floor(next() * termIds.length)]! })))
        .execute();
      await trx
        .insertInto('storyMemberStates')
        .values(ids.map(({ id }) => ({ storyId: id, code: MEMBER_STATES[Math.floor(next() * MEMBER_STATES.length)]! })))
        .execute();
    });
    onBatch(start + count);
  }
}
