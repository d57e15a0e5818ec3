/**
 * Stories exchanged with translation agencies as XLIFF: a selection of stories exported for one target language
 * (one `<file>` per story, one unit per segment of its original, the glossary's terms as notes), and the
 * agency's file imported back as draft translations after checking that it answers exactly that export: the
 * same stories at the same revision, the same units, each translated, each with its source's inline codes,
 * into a site language. A translation already public is never changed by an import.
 */
import type { StaffMember } from '../admin/index.ts';
import type { EditorialService } from '../editorial/index.ts';
import type { GlossaryService, PairGlossary } from '../glossary/index.ts';
import { AppError } from '../http/app-error.ts';
import type { Translate } from '../i18n/messages.ts';
import type { OriginalText, StoriesService } from '../stories/index.ts';
import type { SegmentedStory } from '../translation/index.ts';
import type { ExchangeDocument, ExchangeFile, XliffVersion } from './exchange.types.ts';
import { codeMismatch, codesOf, inlineOfSegment, segmentOfInline, tagsOfSegment, textOf } from './inline-codes.ts';
import { readXliff, XliffRefused } from './xliff-reader.ts';
import { writeXliff } from './xliff-writer.ts';

export const MAX_STORIES = 50;
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** A story's text as an import would leave its translation, beside what it is now. */
export interface ImportedStory {
  storyId: number;
  sourceLanguage: string;
  before: { title: string; summary: string; bodyHtml: string; slug: string } | null;
  after: { title: string; summary: string; bodyHtml: string };
}

export interface ImportPreview {
  targetLanguage: string;
  stories: ImportedStory[];
}

export interface XliffService {
  /** The notes are written with `t` (the staff member's language). */
  exportStories(storyIds: readonly number[], targetLanguage: string, version: XliffVersion, t: Translate): Promise<string>;
  /** Checks the file and shows what it would change; nothing is saved. */
  preview(text: string, user: StaffMember): Promise<ImportPreview>;
  /** Checks the file again and saves each story's translation as a draft (a new revision). */
  save(text: string, user: StaffMember): Promise<ImportPreview>;
}

export interface XliffDeps {
  stories: Pick<StoriesService, 'original'>;
  editorial: Pick<EditorialService, 'editable' | 'save'>;
  glossary: Pick<GlossaryService, 'forPair'>;
  segment: (story: { title: string; summary: string; bodyHtml: string }, names: readonly string[], glossary?: PairGlossary | null) => SegmentedStory;
  languages: () => readonly string[];
}

const ORIGINAL = /^diwan:story:(\d+):([A-Za-z0-9-]+):(\d+)$/;
const mismatch = (message: string) => new AppError('xliff.mismatch', message);

export function createXliffService(deps: XliffDeps): XliffService {
  const { stories, editorial, glossary, segment } = deps;

  async function originalOf(storyId: number): Promise<OriginalText> {
    const original = await stories.original(storyId);
    if (!original) throw new AppError('xliff.selection_invalid', `story ${storyId} is not published`);
    return original;
  }

  function fileOf(original: OriginalText, targetLanguage: string, t: Translate): ExchangeFile {
    const pair = glossary.forPair(original.language, targetLanguage);
    const plain = segment(original, []);
    const withTerms = segment(original, [], pair);
    return {
      id: `story-${original.storyId}`,
      original: `diwan:story:${original.storyId}:${original.language}:${original.revision}`,
      notes: pair.forbidden.map((entry) =>
        entry.instead
          ? t('admin.xliff.noteForbiddenInstead', { rendering: entry.rendering, instead: entry.instead })
          : t('admin.xliff.noteForbidden', { rendering: entry.rendering }),
      ),
      units: plain.segments.map((source, i) => ({
        id: `u${i + 1}`,
        source: inlineOfSegment(source),
        target: null,
        notes: withTerms.info[i]!.terms.map((term) =>
          term.kind === 'keep' ? t('admin.xliff.noteKeep', { term: term.term }) : t('admin.xliff.noteForce', { term: term.term, target: term.target }),
        ),
      })),
    };
  }

  function parse(text: string): ExchangeDocument & { targetLanguage: string } {
    if (text.length > MAX_FILE_BYTES) throw new AppError('xliff.too_large', `the file is over ${MAX_FILE_BYTES} bytes`);
    let document: ExchangeDocument;
    try {
      document = readXliff(text);
    } catch (error) {
      if (error instanceof XliffRefused) throw new AppError('xliff.malformed', error.message);
      throw error;
    }
    const target = document.targetLanguage;
    if (!target) throw mismatch('the file does not say which language it is translated into (trgLang, or target-language in XLIFF 1.2)');
    if (!deps.languages().includes(target))
      throw mismatch(`the file is translated into "${target}", which is not one of the site's languages (${deps.languages().join(', ')})`);
    if (document.files.length === 0) throw mismatch('the file holds no story');
    return { ...document, targetLanguage: target };
  }

  /** One file of the document as the story's translation, checked unit by unit against the story as it is now. */
  async function importedOf(file: ExchangeFile, document: ExchangeDocument & { targetLanguage: string }, user: StaffMember): Promise<ImportedStory> {
    const match = file.original.match(ORIGINAL);
    if (!match) throw mismatch(`the file "${file.id}" does not come from Diwan (its original is "${file.original}")`);
    const [, id, language, revision] = match;
    const original = await stories.original(Number(id));
    if (!original) throw mismatch(`story ${id} is not published any more`);
    const where = `story ${id}`;
    if (original.language !== language || document.sourceLanguage !== original.language) {
      throw mismatch(`${where}: the file translates from "${document.sourceLanguage}", but the story's original is in "${original.language}"`);
    }
    if (original.language === document.targetLanguage) throw mismatch(`${where}: the file translates the story into its own language`);
    if (String(original.revision) !== revision)
      throw mismatch(`${where}: the original has changed since this file was exported (revision ${revision}, now ${original.revision}); export it again`);
    const segmented = segment(original, []);
    const expected = segmented.segments.map((_, i) => `u${i + 1}`);
    const found = file.units.map((unit) => unit.id);
    const missing = expected.filter((unit) => !found.includes(unit));
    const extra = found.filter((unit) => !expected.includes(unit));
    if (missing.length > 0 || extra.length > 0 || found.length !== expected.length) {
      throw mismatch(
        `${where}: the units are not those exported (${[missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `unknown ${extra.join(', ')}` : ''].filter(Boolean).join('; ') || 'some twice'})`,
      );
    }
    const translated = expected.map((unitId, i) => {
      const unit = file.units.find((u) => u.id === unitId)!;
      if (!unit.target || (textOf(unit.target).trim() === '' && codesOf(unit.target).length === 0))
        throw mismatch(`${where}, unit ${unitId}: it has no translation`);
      const wrong = codeMismatch(inlineOfSegment(segmented.segments[i]!), unit.target);
      if (wrong) throw mismatch(`${where}, unit ${unitId}: ${wrong}`);
      const tags = tagsOfSegment(segmented.segments[i]!);
      return segmentOfInline(unit.target, (code) => tags.get(code) ?? 'span');
    });
    const current = (await editorial.editable(original.storyId, document.targetLanguage, user)).translation;
    if (current && (current.status === 'published' || current.status === 'scheduled')) {
      throw new AppError(
        'xliff.translation_public',
        `${where}: its ${document.targetLanguage} translation is ${current.status}; move it back to draft before importing`,
      );
    }
    return {
      storyId: original.storyId,
      sourceLanguage: original.language,
      before: current && { title: current.title, summary: current.summary, bodyHtml: current.bodyHtml, slug: current.slug },
      after: segmented.rebuild(translated),
    };
  }

  async function check(text: string, user: StaffMember): Promise<ImportPreview> {
    const document = parse(text);
    const checked: ImportedStory[] = [];
    for (const file of document.files) checked.push(await importedOf(file, document, user));
    return { targetLanguage: document.targetLanguage, stories: checked };
  }

  return {
    async exportStories(storyIds, targetLanguage, version, t) {
      if (storyIds.length === 0 || storyIds.length > MAX_STORIES) throw new AppError('xliff.selection_invalid', `choose between 1 and ${MAX_STORIES} stories`);
      if (!deps.languages().includes(targetLanguage)) throw new AppError('xliff.selection_invalid', `"${targetLanguage}" is not a site language`);
      const originals: OriginalText[] = [];
      for (const id of new Set(storyIds)) originals.push(await originalOf(id));
      const sourceLanguage = originals[0]!.language;
      if (originals.some((original) => original.language !== sourceLanguage)) {
        throw new AppError('xliff.selection_invalid', 'the stories chosen were written in different languages; export each language on its own');
      }
      if (sourceLanguage === targetLanguage) throw new AppError('xliff.selection_invalid', 'the stories chosen were written in that language');
      return writeXliff({ sourceLanguage, targetLanguage, files: originals.map((original) => fileOf(original, targetLanguage, t)) }, version);
    },
    preview: check,
    async save(text, user) {
      const preview = await check(text, user);
      for (const story of preview.stories) {
        await editorial.save(story.storyId, preview.targetLanguage, { ...story.after, slug: story.before?.slug ?? '' }, null, user, story.sourceLanguage);
      }
      return preview;
    },
  };
}
