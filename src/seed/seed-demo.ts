/**
 * The demo newsroom: ICESCO's news in Arabic, English and French. Seeded once, into a database that
 * has neither stories nor sections, inside one transaction so a failure leaves nothing half-made.
 */
import { type Kysely, sql } from 'kysely';
import { type ChangeBus, changeOfEverything, createLocalChangeBus } from '../changes/index.ts';
import type { Config } from '../config.ts';
import { dialectOf } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { createFeatures, type Features } from '../features.ts';
import type { DemoStory } from './demo-content.types.ts';
import { cultureStories } from './demo-stories-culture.ts';
import { educationStories } from './demo-stories-education.ts';
import { scienceStories } from './demo-stories-science.ts';
import { socialStories } from './demo-stories-social.ts';
import { icescoIndonesiaStory } from './demo-story-icesco-indonesia.ts';
import { DEMO_DESCRIPTION, DEMO_MEMBER_STATES, DEMO_ORGANIZATION_NAME, DEMO_SECTIONS, DEMO_TAGS } from './demo-taxonomy.ts';
import { drawIllustration } from './illustration.ts';

export const DEMO_STORIES: DemoStory[] = [icescoIndonesiaStory, ...educationStories, ...scienceStories, ...cultureStories, ...socialStories];

const DAY_MS = 86_400_000;
const SEED_LOCK = 72_301;

function publicationDate(story: DemoStory, index: number, now: number): string {
  if (story.date) return new Date(story.date).toISOString();
  // Morning hours in UTC, varied per story so same-day stories still have an order.
  const day = Math.floor((now - story.daysAgo * DAY_MS) / DAY_MS) * DAY_MS;
  return new Date(day + (7 + (index % 9)) * 3_600_000).toISOString();
}

/** True while the database has neither stories nor sections: a new site, which gets the demo. */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const [story, term] = await Promise.all([
    db.selectFrom('stories').select('id').limit(1).executeTakeFirst(),
    db.selectFrom('terms').select('id').limit(1).executeTakeFirst(),
  ]);
  return !story && !term;
}

async function seedInto(features: Features, now: number): Promise<number> {
  const { settings, taxonomy, stories, media } = features;
  await settings.load();
  await settings.update({ organizationName: DEMO_ORGANIZATION_NAME, description: DEMO_DESCRIPTION });

  const termIds = new Map<string, number>();
  let position = 0;
  for (const [slug, names] of Object.entries(DEMO_SECTIONS)) {
    termIds.set(`section:${slug}`, await taxonomy.createTerm('section', slug, names, position++));
  }
  for (const [slug, names] of Object.entries(DEMO_TAGS)) {
    termIds.set(`tag:${slug}`, await taxonomy.createTerm('tag', slug, names));
  }
  const usedStates = DEMO_STORIES.flatMap((story) => story.memberStates);
  await taxonomy.addMemberStates([...new Set([...DEMO_MEMBER_STATES, ...usedStates])]);

  for (const [index, story] of DEMO_STORIES.entries()) {
    const heroImageId = story.image ? await media.storeImage(await drawIllustration(story.image.hue), story.image.alt) : null;
    const publishedAt = publicationDate(story, index, now);
    await stories.createStory({
      featured: story.featured ?? false,
      heroImageId,
      termIds: [...story.sections.map((slug) => termIds.get(`section:${slug}`)!), ...story.tags.map((slug) => termIds.get(`tag:${slug}`)!)],
      memberStates: story.memberStates,
      translations: Object.entries(story.translations).map(([language, translation]) => ({
        language,
        ...translation,
        publishedAt,
      })),
    });
  }
  return DEMO_STORIES.length;
}

/**
 * Seeds the demo newsroom unless the database already has content; returns what it added. Changes
 * made inside the transaction are announced on `changes` as one, once committed.
 */
export async function seedDemoContentIfEmpty(
  db: Kysely<Database>,
  config: Pick<Config, 'mediaDir'>,
  changes: ChangeBus = createLocalChangeBus(console),
): Promise<{ stories: number } | null> {
  const seeded = await inTransaction(db, async (trx) => {
    // Several instances starting together on one PostgreSQL database must not seed twice.
    if (dialectOf(trx) === 'postgres') await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
    if (!(await isEmpty(trx))) return null;
    return { stories: await seedInto(createFeatures(trx, config, createLocalChangeBus(console)), Date.now()) };
  });
  if (seeded) await changes.publish(changeOfEverything());
  return seeded;
}
