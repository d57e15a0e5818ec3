/**
 * One WordPress post → one translation of a story, in its own transaction: its language's translation
 * of the story its translation group became (a new story for the group's first post), with its terms,
 * hero image, author, and redirects from its old addresses. A post read the same as last time is left alone.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, TranslationStatus } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { paths } from '../http/urls.ts';
import { slugify } from '../text/slugify.ts';
import { automaticExcerpt, convertBody, plainText } from './body-html.ts';
import { decodeSlug } from './import-references.ts';
import type { ImportRun } from './import-run.ts';
import { skip } from './import-summary.ts';
import { normalizeOldAddress } from './old-addresses.ts';
import * as repo from './wordpress-import.repository.ts';
import type { WxrItem } from './wxr.types.ts';

/** Bumped when the importer's output for the same post changes, so a new version re-imports everything once. */
const IMPORTER_VERSION = 1;
const IMPORTED_STATUSES = new Set(['publish', 'future', 'draft', 'pending']);
const SKIPPED_STATUSES: Record<string, string> = {
  private: 'private (only its author could read it)',
  trash: 'in the trash',
  'auto-draft': 'an automatic draft WordPress never showed',
};

const label = (item: WxrItem) => `#${item.id} ${plainText(item.title) || '(no title)'}`;

function fingerprintOf(item: WxrItem, language: string, group: string): string {
  const terms = item.terms.map((t) => `${t.domain}:${t.nicename}`).sort();
  const fields = [
    IMPORTER_VERSION,
    item.title,
    item.content,
    item.excerpt,
    item.status,
    item.dateGmt,
    item.date,
    item.name,
    item.creator,
    item.meta.get('_thumbnail_id'),
  ];
  return createHash('sha256')
    .update(JSON.stringify([...fields, language, group, terms]))
    .digest('base64url');
}

/** `2024-03-12 10:30:00` (UTC) → ISO; null for WordPress's "never" (`0000-00-00 00:00:00`) and anything else. */
function utc(value: string): string | null {
  if (!/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(value) || value.startsWith('0000')) return null;
  return `${value.replace(' ', 'T')}.000Z`;
}

/** When a post was published: `post_date_gmt`, or `post_date` for a published post whose GMT date was never set. */
function publicationDate(item: WxrItem): string | null {
  if (item.status === 'draft' || item.status === 'pending') return null;
  return utc(item.dateGmt) ?? utc(item.date);
}

function statusOf(item: WxrItem, publishedAt: string | null, now: string): { status: TranslationStatus; publishedAt: string | null } {
  if (item.status === 'draft') return { status: 'draft', publishedAt: null };
  if (item.status === 'pending') return { status: 'review', publishedAt: null };
  if (publishedAt === null) return { status: 'draft', publishedAt: null };
  return { status: publishedAt > now ? 'scheduled' : 'published', publishedAt };
}

/**
 * The WordPress slug, as the editor would write it; but when it is only the title's own slug cut short
 * (WordPress cuts at 200 bytes of percent-encoding, mid-word in Arabic), the slug is made from the title.
 */
export function slugFor(item: WxrItem): string {
  const fromTitle = slugify(plainText(item.title));
  if (!item.name || item.status === 'trash') return fromTitle;
  const fromName = slugify(decodeSlug(item.name));
  return fromTitle.startsWith(fromName) ? fromTitle : fromName;
}

async function freeSlug(db: Kysely<Database>, language: string, slug: string): Promise<string> {
  let candidate = slug;
  for (let n = 2; await repo.slugTaken(db, language, candidate); n++) candidate = `${slug}-${n}`;
  return candidate;
}

export async function importPost(run: ImportRun, item: WxrItem): Promise<void> {
  const { summary } = run;
  summary.comments += item.comments;
  if (item.type === 'attachment') return;
  if (item.type !== 'post') return skip(summary, item.type === 'page' ? 'a page (Diwan publishes news stories only)' : `of type "${item.type}"`, label(item));
  if (!IMPORTED_STATUSES.has(item.status)) return skip(summary, SKIPPED_STATUSES[item.status] ?? `status "${item.status}"`, label(item));
  const placed = run.placeOf(item);
  if ('unsupported' in placed) return skip(summary, `in a language the site does not have (${placed.unsupported})`, label(item));
  const { language, group } = placed;
  if (placed.guessed) summary.languageUnknown.push(label(item));

  const fingerprint = fingerprintOf(item, language, group);
  const known = run.known.get(item.id);
  if (known && known.fingerprint === fingerprint) {
    summary.posts.unchanged++;
    return;
  }
  const current = known ? await repo.findTranslation(run.db, known.targetId) : undefined;
  if (current && current.revision !== known!.revision) return skip(summary, 'edited in Diwan since the last import (left as it is)', label(item));

  const resolver = run.bodyResolver(label(item));
  const body = await convertBody(item.content, resolver);
  for (const name of body.shortcodes) summary.shortcodes.set(name, (summary.shortcodes.get(name) ?? 0) + 1);
  for (const src of body.imagesWithoutAlt) summary.images.withoutAlt.add(`${src} (in ${label(item)})`);
  const title = plainText(item.title) || slugFor(item);
  const excerpt = plainText(item.excerpt);
  const { status, publishedAt } = statusOf(item, publicationDate(item), run.now);
  const thumbnail = Number(item.meta.get('_thumbnail_id') ?? 0);
  const heroImageId = thumbnail ? await run.imageOf(thumbnail, label(item)) : null;
  const termIds = item.terms.map((t) => run.termId(t)).filter((id): id is number => id !== null);
  const memberStates = item.terms.map((t) => run.memberState(t)).filter((code): code is string => code !== null);
  const createdBy = run.refs.userIds.get(item.creator) ?? null;
  const content = {
    title,
    summary: excerpt || automaticExcerpt(body.html),
    bodyHtml: body.html,
    status,
    publishedAt,
    updatedAt: utc(item.modifiedGmt) ?? run.now,
  };
  const redirects = [...new Set([normalizeOldAddress(item.link), `?p=${item.id}`])].filter((key): key is string => key !== null);

  if (run.dryRun) {
    if (!current && run.storyOfGroup(group) === undefined) {
      summary.stories++;
      run.placed(item.id, group, 0, '');
    }
    if (known) summary.posts.updated++;
    else summary.posts.imported++;
    summary.redirects += redirects.length;
    return;
  }
  const outcome = await inTransaction(run.db, async (trx) => {
    await repo.relaxCommits(trx);
    let storyId = current?.storyId ?? run.storyOfGroup(group);
    if (storyId !== undefined && !current && (await repo.storyHasLanguage(trx, storyId, language))) return 'duplicate' as const;
    const createdAt = publishedAt ?? run.now;
    const newStory = storyId === undefined;
    storyId ??= await repo.insertStory(trx, { createdBy, heroImageId, createdAt });
    let translationId = known?.targetId;
    let slug = current?.slug ?? '';
    if (current) await repo.updateTranslation(trx, translationId!, content);
    else {
      slug = await freeSlug(trx, language, slugFor(item));
      translationId = await repo.insertTranslation(trx, { ...content, storyId, language, slug, createdBy, createdAt });
    }
    if (heroImageId !== null && !newStory) await repo.setHeroImageIfNone(trx, storyId, heroImageId);
    await repo.addStoryTerms(trx, storyId, [...new Set(termIds)]);
    await repo.addStoryMemberStates(trx, storyId, [...new Set(memberStates)]);
    await repo.saveRedirects(trx, redirects, storyId, language);
    await run.searchIndex.refreshStories(trx, [storyId]);
    await repo.saveImportedItem(
      trx,
      { source: run.source, kind: 'post', wpId: item.id, guid: item.guid, targetId: translationId!, storyId, fingerprint, revision: current?.revision ?? 1 },
      run.now,
    );
    return { storyId, translationId: translationId!, slug, newStory };
  });
  if (outcome === 'duplicate') return skip(summary, `a second post in ${language} of the same translation group`, label(item));
  run.placed(item.id, group, outcome.storyId, paths.article(language, outcome.slug));
  if (resolver.pending) run.relinkLater(outcome.translationId);
  if (outcome.newStory) summary.stories++;
  if (current) summary.posts.updated++;
  else summary.posts.imported++;
  summary.redirects += redirects.length;
}
