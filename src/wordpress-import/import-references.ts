/**
 * What posts point to, imported before them: categories as sections (or Member States, by the mapping
 * file), tags as tags — one Diwan term per Polylang translation group, with a name per language — and
 * authors as disabled accounts. WordPress's default category ("Uncategorized") files nothing and is left out.
 */
import type { Kysely } from 'kysely';
import type { AccountsService } from '../accounts/index.ts';
import type { Database, TermKind } from '../db/schema.ts';
import type { TaxonomyService } from '../taxonomy/index.ts';
import { slugify } from '../text/slugify.ts';
import { plainText } from './body-html.ts';
import type { ImportSummary } from './import-summary.ts';
import type { SiteLanguages } from './languages.ts';
import type { SiteIndex } from './site-index.ts';
import { loadImportedItems, saveImportedItem } from './wordpress-import.repository.ts';
import type { WxrTerm } from './wxr.types.ts';

export interface References {
  /** WordPress category or tag id → Diwan term id. */
  termIds: Map<number, number>;
  /** WordPress category id → Member State code, from the mapping file. */
  memberStates: Map<number, string>;
  /** Author login → Diwan user id. */
  userIds: Map<string, number>;
}

export interface ReferenceDeps {
  db: Kysely<Database>;
  taxonomy: TaxonomyService;
  accounts: AccountsService;
}

/** WordPress gives every site category 1 as its default ("Uncategorized"); Polylang adds its translations. */
const DEFAULT_CATEGORY = 1;

export const decodeSlug = (slug: string) => {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
};

/** The members of a term's translation group that are of its taxonomy, each once, the group's first member first. */
function groupOf(index: SiteIndex, term: WxrTerm): WxrTerm[] {
  const ids = Object.values(index.termGroups.get(term.id) ?? { x: term.id });
  return ids.map((id) => index.terms.get(id)).filter((t): t is WxrTerm => t?.taxonomy === term.taxonomy);
}

function languageOfTerm(index: SiteIndex, termId: number): string | null {
  for (const [language, id] of Object.entries(index.termGroups.get(termId) ?? {})) if (id === termId) return language;
  return null;
}

async function existingTerm(taxonomy: TaxonomyService, kind: TermKind, slug: string, language: string): Promise<number | null> {
  if (kind === 'section') return taxonomy.termIdBySlug('section', slug);
  return taxonomy.findTerm(kind, slug, language).then(
    (term) => term.id,
    () => null,
  );
}

export async function importReferences(
  deps: ReferenceDeps,
  index: SiteIndex,
  options: { languages: SiteLanguages; categoryMap: Map<string, string>; dryRun: boolean },
  summary: ImportSummary,
): Promise<References> {
  const source = index.channel.baseSiteUrl;
  const refs: References = { termIds: new Map(), memberStates: new Map(), userIds: new Map() };
  const knownTerms = await loadImportedItems(deps.db, source, 'term');
  const now = new Date().toISOString();
  const done = new Set<number>();
  const defaultGroup = new Set(Object.values(index.termGroups.get(DEFAULT_CATEGORY) ?? { x: DEFAULT_CATEGORY }));

  for (const term of index.terms.values()) {
    if (done.has(term.id) || defaultGroup.has(term.id)) continue;
    const group = groupOf(index, term);
    for (const member of group) done.add(member.id);
    const mapped = group.map((m) => options.categoryMap.get(decodeSlug(m.slug)) ?? options.categoryMap.get(plainText(m.name))).find(Boolean);
    if (term.taxonomy === 'category' && mapped) {
      if (!options.dryRun) await deps.taxonomy.addMemberStates([mapped]);
      if (!summary.memberStates.includes(mapped)) summary.memberStates.push(mapped);
      for (const member of group) refs.memberStates.set(member.id, mapped);
      continue;
    }
    const kind: TermKind = term.taxonomy === 'category' ? 'section' : 'tag';
    const counts = kind === 'section' ? summary.sections : summary.tags;
    const known = group.map((m) => knownTerms.get(m.id)).find(Boolean);
    let termId = known?.targetId ?? null;
    if (termId === null) {
      const names: Record<string, string> = {};
      for (const member of group) {
        const language = options.languages.resolve(languageOfTerm(index, member.id)) ?? options.languages.defaultLanguage;
        names[language] ??= plainText(member.name);
      }
      const primary = group.find((m) => languageOfTerm(index, m.id) === options.languages.defaultLanguage) ?? group[0]!;
      const slug = slugify(decodeSlug(primary.slug));
      termId = await existingTerm(deps.taxonomy, kind, slug, options.languages.defaultLanguage);
      if (termId !== null) counts.reused++;
      else {
        counts.created++;
        termId = options.dryRun ? -term.id : await deps.taxonomy.createTerm(kind, slug, names);
      }
      if (!options.dryRun)
        for (const member of group)
          await saveImportedItem(
            deps.db,
            { source, kind: 'term', wpId: member.id, guid: `term:${member.id}`, targetId: termId, storyId: null, fingerprint: slug, revision: null },
            now,
          );
    } else counts.reused++;
    for (const member of group) refs.termIds.set(member.id, termId);
  }

  const knownAuthors = await loadImportedItems(deps.db, source, 'author');
  for (const author of index.authors.values()) {
    const known = knownAuthors.get(author.id);
    if (known) {
      summary.authors.reused++;
      refs.userIds.set(author.login, known.targetId);
      continue;
    }
    const email = author.email || `${author.login.replace(/[^\w.-]/g, '-')}@wordpress.invalid`;
    if (options.dryRun) {
      summary.authors.created++;
      continue;
    }
    const { user, created } = await deps.accounts.ensureImportedAuthor({
      email,
      name: author.displayName || author.login,
      interfaceLanguage: options.languages.defaultLanguage,
    });
    if (created) summary.authors.created++;
    else summary.authors.reused++;
    refs.userIds.set(author.login, user.id);
    await saveImportedItem(
      deps.db,
      { source, kind: 'author', wpId: author.id, guid: `author:${author.login}`, targetId: user.id, storyId: null, fingerprint: email, revision: null },
      now,
    );
  }
  return refs;
}
