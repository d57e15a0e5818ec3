/** How news is filed: sections, tags and Member States, named in the reader's language. */
import type { Kysely } from 'kysely';
import { type ChangeBus, changeOfEverything, contentKeys } from '../changes/index.ts';
import type { Database, TermKind } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../http/app-error.ts';
import { FormError } from '../http/form-error.ts';
import { paths } from '../http/urls.ts';
import { collatorFor } from '../i18n/locales.ts';
import { translatorFor } from '../i18n/messages.ts';
import type { SearchIndexer } from '../search/index.ts';
import type { SettingsService } from '../site/index.ts';
import type { StoriesService, StoryLabels } from '../stories/index.ts';
import { slugify } from '../text/slugify.ts';
import { allCountryCodes, isRegionCode, regionName } from './region-names.ts';
import * as repo from './taxonomy.repository.ts';
import { createTermDictionary } from './term-dictionary.ts';

export interface NamedTerm {
  id: number;
  slug: string;
  name: string;
}

export interface MemberStateEntry {
  code: string;
  name: string;
  href: string;
  count: number;
}

export interface TaxonomyService {
  navigation(language: string): Promise<{ label: string; href: string }[]>;
  /** Every section or tag, named in the language, in menu order. */
  terms(kind: TermKind, language: string): Promise<NamedTerm[]>;
  labelsFor(storyId: number, language: string): Promise<StoryLabels>;
  findTerm(kind: TermKind, slug: string, language: string): Promise<NamedTerm>;
  findMemberState(code: string, language: string): Promise<{ code: string; name: string }>;
  memberStateIndex(language: string): Promise<MemberStateEntry[]>;
  createTerm(kind: TermKind, slug: string, names: Record<string, string>, position?: number): Promise<number>;
  /** Sections or tags with their names in every language, for editing. */
  termsForEditing(kind: TermKind): Promise<{ id: number; slug: string; names: Record<string, string> }[]>;
  /** Creates (id null) or renames a section or tag; names are required in the default language. */
  saveTerm(kind: TermKind, id: number | null, input: { slug: string; names: Record<string, string> }): Promise<number>;
  /** Countries that are not Member States yet, named in the language. */
  memberStateCandidates(language: string): Promise<{ code: string; name: string }[]>;
  addMemberStates(codes: readonly string[]): Promise<void>;
  /** The first of a story's sections in menu order, if it has one. */
  primarySectionOf(storyId: number): Promise<number | null>;
  termIdBySlug(kind: TermKind, slug: string): Promise<number | null>;
  /** The code as stored, when `code` (in any case) names a Member State. */
  memberStateCode(code: string): Promise<string | null>;
  /** Kind and slug of the sections and tags of these ids (those that exist). */
  termsByIds(ids: readonly number[]): Promise<{ id: number; kind: TermKind; slug: string }[]>;
}

const TERM_PATH = { section: paths.section, tag: paths.tag } as const;

export interface TaxonomyDeps {
  db: Kysely<Database>;
  settings: SettingsService;
  stories: StoriesService;
  changes: ChangeBus;
  /** Renaming a term renames it in the index of every story filed under it, in the same transaction. */
  searchIndex: Pick<SearchIndexer, 'refreshTerm'>;
}

export function createTaxonomyService(deps: TaxonomyDeps): TaxonomyService {
  const { db, settings, stories, changes, searchIndex } = deps;
  const dictionary = createTermDictionary(db, changes);
  // The menu is on every page and changes only when sections (or languages) do.
  const navigationCache = new Map<string, { label: string; href: string }[]>();
  changes.onInvalidate((change) => {
    if ('everything' in change) navigationCache.clear();
  });

  /** Names in the reader's language, falling back to the default language, then the slug. */
  async function nameTerms(terms: repo.Term[], language: string): Promise<NamedTerm[]> {
    const fallback = settings.current().defaultLanguage;
    const names = await repo.findTermNames(
      db,
      terms.map((term) => term.id),
      [language, fallback],
    );
    return terms.map((term) => {
      const byLanguage = names.get(term.id);
      return { id: term.id, slug: term.slug, name: byLanguage?.get(language) ?? byLanguage?.get(fallback) ?? term.slug };
    });
  }

  function memberStateLinks(codes: string[], language: string) {
    const collator = collatorFor(language);
    return codes
      .map((code) => ({ label: regionName(code, language), href: paths.memberState(language, code) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }

  async function memberStateCode(code: string): Promise<string | null> {
    const upper = code.toUpperCase();
    return isRegionCode(upper) && (await repo.memberStateExists(db, upper)) ? upper : null;
  }

  return {
    async navigation(language) {
      const cached = navigationCache.get(language);
      if (cached) return cached;
      const sections = await nameTerms(await repo.listTerms(db, 'section'), language);
      const links = [
        ...sections.map((section) => ({ label: section.name, href: paths.section(language, section.slug) })),
        { label: translatorFor(language)('site.memberStates'), href: paths.memberStates(language) },
      ];
      navigationCache.set(language, links);
      return links;
    },

    async terms(kind, language) {
      return nameTerms(await repo.listTerms(db, kind), language);
    },

    async labelsFor(storyId, language) {
      const fallback = settings.current().defaultLanguage;
      const { termIds, memberStates: codes } = await repo.findFilingOfStory(db, storyId);
      const terms = await dictionary.termsOf(termIds);
      const linksOf = (kind: TermKind) =>
        terms
          .filter((term) => term.kind === kind)
          .map((term) => ({ label: term.names.get(language) ?? term.names.get(fallback) ?? term.slug, href: TERM_PATH[kind](language, term.slug) }));
      return { sections: linksOf('section'), tags: linksOf('tag'), memberStates: memberStateLinks(codes, language) };
    },

    async findTerm(kind, slug, language) {
      const term = await repo.findTermBySlug(db, kind, slug);
      if (!term) throw new AppError('term.not_found', `No ${kind} "${slug.slice(0, 80)}"`);
      const [named] = await nameTerms([term], language);
      return named!;
    },

    async findMemberState(code, language) {
      const found = await memberStateCode(code);
      if (!found) throw new AppError('member_state.not_found', `"${code.slice(0, 10)}" is not a Member State`);
      return { code: found, name: regionName(found, language) };
    },

    memberStateCode,

    async memberStateIndex(language) {
      const [codes, counts] = await Promise.all([repo.listMemberStateCodes(db), stories.countByMemberState(language)]);
      const collator = collatorFor(language);
      return codes
        .map((code) => ({
          code,
          name: regionName(code, language),
          href: paths.memberState(language, code),
          count: counts.get(code) ?? 0,
        }))
        .sort((a, b) => collator.compare(a.name, b.name));
    },

    async createTerm(kind, slug, names, position = 0) {
      const id = await repo.insertTerm(db, { kind, slug, position }, names);
      await changes.publish(kind === 'section' ? changeOfEverything() : { keys: [contentKeys.term(id)] });
      return id;
    },

    async termsForEditing(kind) {
      const terms = await repo.listTerms(db, kind);
      const names = await repo.findTermNames(
        db,
        terms.map((t) => t.id),
        settings.current().languages,
      );
      return terms.map((term) => ({ id: term.id, slug: term.slug, names: Object.fromEntries(names.get(term.id) ?? []) }));
    },

    async saveTerm(kind, id, input) {
      const { languages, defaultLanguage } = settings.current();
      const names: Record<string, string> = Object.fromEntries(languages.map((l) => [l, input.names[l]?.trim() ?? '']).filter(([, name]) => name));
      const slug = slugify(input.slug.trim() || names[defaultLanguage] || '');
      const errors: FormError['fields'] = {};
      if (!names[defaultLanguage]) errors[`name-${defaultLanguage}`] = 'admin.error.required';
      for (const [language, name] of Object.entries(names)) if (name.length > 200) errors[`name-${language}`] = 'admin.error.tooLong';
      const existing = await repo.findTermBySlug(db, kind, slug);
      if (existing && existing.id !== id) errors.slug = 'admin.error.slugTaken';
      if (Object.keys(errors).length > 0) throw new FormError('term.invalid', errors);
      let termId = id;
      if (termId === null) {
        termId = await repo.insertTerm(db, { kind, slug, position: (await repo.listTerms(db, kind)).length }, names);
      } else {
        const term = await repo.findTermById(db, termId);
        if (!term || term.kind !== kind) throw new AppError('term.not_found', `No ${kind} ${termId}`);
        await inTransaction(db, async (trx) => {
          await repo.updateTermSlug(trx, termId!, slug);
          await repo.replaceTermNames(trx, termId!, names);
          await searchIndex.refreshTerm(trx, termId!);
        });
      }
      // Names show in menus and on every article filed under them.
      await changes.publish(changeOfEverything());
      return termId;
    },

    async memberStateCandidates(language) {
      const present = new Set(await repo.listMemberStateCodes(db));
      const collator = collatorFor(language);
      return allCountryCodes()
        .filter((code) => !present.has(code))
        .map((code) => ({ code, name: regionName(code, language) }))
        .sort((a, b) => collator.compare(a.name, b.name));
    },

    async primarySectionOf(storyId) {
      const terms = await dictionary.termsOf(await repo.listTermIdsOfStory(db, storyId));
      return terms.find((term) => term.kind === 'section')?.id ?? null;
    },

    async termsByIds(ids) {
      return (await dictionary.termsOf(ids)).map((term) => ({ id: term.id, kind: term.kind, slug: term.slug }));
    },

    async termIdBySlug(kind, slug) {
      return (await repo.findTermBySlug(db, kind, slug))?.id ?? null;
    },

    async addMemberStates(codes) {
      const invalid = codes.find((code) => !allCountryCodes().includes(code));
      if (invalid) throw new AppError('member_state.invalid', `"${invalid}" is not an ISO 3166-1 alpha-2 code`);
      await repo.insertMemberStates(db, codes);
      await changes.publish(changeOfEverything());
    },
  };
}
