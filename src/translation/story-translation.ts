/**
 * Translating a story. It is cut into segments; each segment's translation is kept in the translation
 * memory by engine, language pair and hash, so a story goes to the engine once, an edit sends only the
 * segments that changed, and a sentence already translated for another story is reused. Only what the
 * memory lacks goes to the engine, and counts against its monthly budget.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { SettingsService } from '../site/index.ts';
import { sanitizeBody } from '../text/sanitize-body.ts';
import type { EngineRouting } from './engine-routing.ts';
import type { CurrentEngineSettings } from './engine-settings.ts';
import { EngineError, type LanguagePair, type TranslationEngine } from './engines/engine.ts';
import { machineTranslationOf } from './machine-reviews.ts';
import type { EngineObserver, MachineTranslation, SourceStory } from './machine-translation-types.ts';
import { segmentStory } from './segments.ts';
import * as repo from './translation.repository.ts';

export interface StoryTranslation {
  /** Translates the story into `language` and stores the result; throws the engine's error, or NoEngineError. */
  translate(source: SourceStory, language: string): Promise<MachineTranslation>;
  /** A short text (a search query) through the memory and the engine; throws like `translate`. */
  translateText(text: string, pair: LanguagePair): Promise<string>;
  /** Told of every engine call and memory lookup (for the metrics). */
  observe(observer: EngineObserver): void;
}

export interface StoryTranslationDeps {
  db: Kysely<Database>;
  routing: Pick<EngineRouting, 'engineFor' | 'nameOf'>;
  engineSettings: Pick<CurrentEngineSettings, 'budgetOf'>;
  settings: Pick<SettingsService, 'current'>;
  now: () => Date;
}

const hashOf = (segment: string) => createHash('sha256').update(segment).digest('base64url');

export function createStoryTranslation({ db, routing, engineSettings, settings, now }: StoryTranslationDeps): StoryTranslation {
  const observers: EngineObserver[] = [];

  /** Names engines must leave alone: the organization's, in every language. */
  const protectedNames = () => [...new Set(Object.values(settings.current().organizationName))];

  async function refuseOverBudget(engine: TranslationEngine, characters: number, month: string): Promise<void> {
    const budget = engineSettings.budgetOf(engine.id);
    if (budget === null || characters === 0) return;
    const used = (await repo.usageIn(db, month)).get(engine.id)?.characters ?? 0;
    if (used + characters > budget) throw new EngineError(engine.id, 'budget_exhausted', `${used} of ${budget} characters used this month`);
  }

  async function callEngine(engine: TranslationEngine, segments: string[], pair: LanguagePair, characters: number): Promise<string[]> {
    try {
      const translated = await engine.translate(segments, pair);
      for (const observer of observers) observer.engineCall(engine.id, 'ok', characters);
      return translated;
    } catch (error) {
      for (const observer of observers) observer.engineCall(engine.id, error instanceof EngineError ? error.code : 'error', 0);
      throw error;
    }
  }

  /** The segments in the pair's target language, from the memory where it has them and from the engine otherwise. */
  async function translateSegments(pair: LanguagePair, segments: string[]): Promise<{ engine: TranslationEngine; translated: string[] }> {
    const engine = await routing.engineFor(pair);
    const key = { engine: engine.id, sourceLanguage: pair.from, targetLanguage: pair.to };
    const hashes = segments.map(hashOf);
    const memory = await repo.recall(db, key, [...new Set(hashes)]);
    const missing = new Map<string, string>();
    segments.forEach((segment, i) => {
      if (!memory.has(hashes[i]!)) missing.set(hashes[i]!, segment);
    });
    const characters = [...missing.values()].reduce((sum, segment) => sum + segment.length, 0);
    const month = repo.monthOf(now());
    await refuseOverBudget(engine, characters, month);
    for (const observer of observers) observer.memoryLookups(engine.id, segments.length - missing.size, missing.size);
    if (missing.size > 0) {
      const translated = await callEngine(engine, [...missing.values()], pair, characters);
      const entries = [...missing.keys()].map((hash, i) => ({ hash, translated: translated[i]! }));
      await repo.remember(db, key, entries, now().toISOString());
      for (const entry of entries) memory.set(entry.hash, entry.translated);
    }
    await repo.addUsage(db, engine.id, month, {
      characters,
      requests: missing.size > 0 ? 1 : 0,
      memoryHits: segments.length - missing.size,
      memoryMisses: missing.size,
    });
    return { engine, translated: hashes.map((hash) => memory.get(hash)!) };
  }

  async function translate(source: SourceStory, language: string): Promise<MachineTranslation> {
    const story = segmentStory(source, protectedNames());
    const { engine, translated } = await translateSegments({ from: source.language, to: language }, story.segments);
    const content = story.rebuild(translated);
    await repo.saveMachineTranslation(db, {
      storyId: source.storyId,
      language,
      sourceLanguage: source.language,
      sourceRevision: source.revision,
      engine: engine.id,
      title: content.title,
      summary: content.summary,
      bodyHtml: sanitizeBody(content.bodyHtml),
      translatedAt: now().toISOString(),
    });
    // Nothing to announce: a reader who got the original meanwhile got it uncached, and announcing
    // would keep the page being rendered now out of the page cache.
    return machineTranslationOf((await repo.findMachineTranslation(db, source.storyId, language))!, routing);
  }

  return {
    translate,
    translateText: async (text, pair) => (await translateSegments(pair, [text])).translated[0]!,
    observe: (observer) => void observers.push(observer),
  };
}
