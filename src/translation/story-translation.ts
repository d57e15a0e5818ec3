/**
 * Translating a story. It is cut into segments; each segment's translation is kept in the translation
 * memory by engine, language pair and key, so a story goes to the engine once, an edit sends only the
 * segments that changed, and a sentence already translated for another story is reused. A segment's key
 * is the hash of the segment as sent and, when it holds glossary terms, of those terms' target forms: a
 * glossary change sends exactly the segments holding a changed term to the engine again. A reviewer's
 * correction of a segment wins over every engine. Only what the memory lacks goes to the engine, and
 * counts against its monthly budget; the result is checked against the glossary.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { fingerprintOf, type PairGlossary } from '../glossary/index.ts';
import type { SettingsService } from '../site/index.ts';
import type { TerminologyService } from '../terminology/index.ts';
import { sanitizeBody } from '../text/sanitize-body.ts';
import type { EngineRouting } from './engine-routing.ts';
import type { CurrentEngineSettings } from './engine-settings.ts';
import { EngineError, type EngineGlossary, type LanguagePair, type TranslationEngine } from './engines/engine.ts';
import { machineTranslationOf } from './machine-reviews.ts';
import type { EngineObserver, MachineTranslation, SourceStory } from './machine-translation-types.ts';
import { type SegmentedStory, segmentStory } from './segments.ts';
import * as repo from './translation.repository.ts';

/** The pseudo-engine reviewers' corrections are kept under in the memory. */
export const CORRECTIONS = 'correction';

export interface StoryTranslation {
  /** Translates the story into `language` and stores the result; throws the engine's error, or NoEngineError. */
  translate(source: SourceStory, language: string): Promise<MachineTranslation>;
  /** A short text (a search query) through the memory and the engine; throws like `translate`. */
  translateText(text: string, pair: LanguagePair): Promise<string>;
  /** The story as it would be sent for `language` now: its segments, their memory keys and their digest. */
  prepare(source: Pick<SourceStory, 'language' | 'title' | 'summary' | 'bodyHtml'>, language: string): PreparedStory;
  /** Told of every engine call and memory lookup (for the metrics). */
  observe(observer: EngineObserver): void;
}

export interface PreparedStory {
  story: SegmentedStory;
  glossary: PairGlossary | null;
  /** The memory key of each segment. */
  keys: string[];
  /** Changes whenever one of the keys does, or the renderings the glossary forbids. */
  digest: string;
}

export interface StoryTranslationDeps {
  db: Kysely<Database>;
  routing: Pick<EngineRouting, 'engineFor' | 'nameOf'>;
  engineSettings: Pick<CurrentEngineSettings, 'budgetOf'>;
  settings: Pick<SettingsService, 'current'>;
  /** The glossary as it applies to a pair. */
  glossary: (from: string, to: string) => PairGlossary | null;
  terminology: Pick<TerminologyService, 'check'> | null;
  now: () => Date;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/** A segment's memory key: the segment as sent, and the glossary's say on the terms it holds. */
export const memoryKeyOf = (segment: string, terms: Parameters<typeof fingerprintOf>[0]) =>
  sha256(terms.length === 0 ? segment : `${segment}\u0000${fingerprintOf(terms)}`);

const engineGlossaryOf = (glossary: PairGlossary | null): EngineGlossary | undefined =>
  glossary && glossary.terms.length > 0 ? { entries: glossary.terms.map((term) => ({ source: term.term, target: term.target })) } : undefined;

export function createStoryTranslation(deps: StoryTranslationDeps): StoryTranslation {
  const { db, routing, engineSettings, settings, now } = deps;
  const observers: EngineObserver[] = [];

  /** Names engines must leave alone: the organization's, in every language. */
  const protectedNames = () => [...new Set(Object.values(settings.current().organizationName))];

  function prepare(source: Pick<SourceStory, 'language' | 'title' | 'summary' | 'bodyHtml'>, language: string): PreparedStory {
    const glossary = deps.glossary(source.language, language);
    const story = segmentStory(source, protectedNames(), glossary);
    const keys = story.info.map((info) => memoryKeyOf(info.source, info.terms));
    // Forbidden renderings change nothing sent, but a translation must be checked again against new ones.
    const forbidden = glossary?.forbidden.map((entry) => `${entry.id}:${entry.rendering}`).join('\u0001') ?? '';
    return { story, glossary, keys, digest: sha256(`${keys.join(',')}|${forbidden}`) };
  }

  async function refuseOverBudget(engine: TranslationEngine, characters: number, month: string): Promise<void> {
    const budget = engineSettings.budgetOf(engine.id);
    if (budget === null || characters === 0) return;
    const used = (await repo.usageIn(db, month)).get(engine.id)?.characters ?? 0;
    if (used + characters > budget) throw new EngineError(engine.id, 'budget_exhausted', `${used} of ${budget} characters used this month`);
  }

  async function callEngine(engine: TranslationEngine, segments: string[], pair: LanguagePair, characters: number, glossary: PairGlossary | null) {
    try {
      const translated = await engine.translate(segments, pair, engineGlossaryOf(glossary));
      for (const observer of observers) observer.engineCall(engine.id, 'ok', characters);
      return translated;
    } catch (error) {
      for (const observer of observers) observer.engineCall(engine.id, error instanceof EngineError ? error.code : 'error', 0);
      throw error;
    }
  }

  /** Each segment's translation: a reviewer's correction, else the engine's from memory, else the engine now. */
  async function translations(
    engine: TranslationEngine,
    pair: LanguagePair,
    prepared: { segments: readonly string[]; keys: readonly string[]; glossary: PairGlossary | null },
  ): Promise<Map<string, string>> {
    const key = { engine: engine.id, sourceLanguage: pair.from, targetLanguage: pair.to };
    const unique = [...new Set(prepared.keys)];
    const found = await repo.recall(db, { ...key, engine: CORRECTIONS }, unique);
    for (const [hash, translated] of await repo.recall(
      db,
      key,
      unique.filter((hash) => !found.has(hash)),
    ))
      found.set(hash, translated);
    const missing = new Map<string, string>();
    prepared.segments.forEach((segment, i) => {
      if (!found.has(prepared.keys[i]!)) missing.set(prepared.keys[i]!, segment);
    });
    const characters = [...missing.values()].reduce((sum, segment) => sum + segment.length, 0);
    const month = repo.monthOf(now());
    await refuseOverBudget(engine, characters, month);
    for (const observer of observers) observer.memoryLookups(engine.id, prepared.keys.length - missing.size, missing.size);
    if (missing.size > 0) {
      const translated = await callEngine(engine, [...missing.values()], pair, characters, prepared.glossary);
      const entries = [...missing.keys()].map((hash, i) => ({ hash, translated: translated[i]! }));
      await repo.remember(db, key, entries, now().toISOString());
      for (const entry of entries) found.set(entry.hash, entry.translated);
    }
    await repo.addUsage(db, engine.id, month, {
      characters,
      requests: missing.size > 0 ? 1 : 0,
      memoryHits: prepared.keys.length - missing.size,
      memoryMisses: missing.size,
    });
    return found;
  }

  async function translate(source: SourceStory, language: string): Promise<MachineTranslation> {
    const pair = { from: source.language, to: language };
    const engine = await routing.engineFor(pair);
    const startedAt = now().toISOString();
    const prepared = prepare(source, language);
    const found = await translations(engine, pair, { ...prepared, segments: prepared.story.segments });
    const translated = prepared.keys.map((hash) => found.get(hash)!);
    const content = prepared.story.rebuild(translated);
    await repo.saveMachineTranslation(db, {
      storyId: source.storyId,
      language,
      sourceLanguage: source.language,
      sourceRevision: source.revision,
      engine: engine.id,
      title: content.title,
      summary: content.summary,
      bodyHtml: sanitizeBody(content.bodyHtml),
      translatedAt: startedAt,
      segmentsDigest: prepared.digest,
    });
    await repo.replaceSegments(db, source.storyId, language, prepared.keys);
    if (deps.terminology && prepared.glossary) {
      const segments = translated.map((text, segment) => ({
        segment,
        source: prepared.story.sourceText(segment),
        target: prepared.story.segmentText(segment, text),
      }));
      await deps.terminology.check(
        { storyId: source.storyId, language, sourceLanguage: source.language, origin: 'machine', engine: engine.id },
        segments,
        prepared.glossary,
      );
    }
    // Nothing to announce: a reader who got the original meanwhile got it uncached, and announcing
    // would keep the page being rendered now out of the page cache.
    return machineTranslationOf((await repo.findMachineTranslation(db, source.storyId, language))!, routing);
  }

  async function translateText(text: string, pair: LanguagePair): Promise<string> {
    const engine = await routing.engineFor(pair);
    const key = memoryKeyOf(text, []);
    return (await translations(engine, pair, { segments: [text], keys: [key], glossary: null })).get(key)!;
  }

  return { translate, translateText, prepare, observe: (observer) => void observers.push(observer) };
}
