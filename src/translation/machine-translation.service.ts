/**
 * Machine translations of stories. A story is cut into segments; each segment's translation is kept
 * in the translation memory by engine, language pair and hash, so a story goes to the engine once,
 * an edit sends only the segments that changed, and a sentence already translated for another story
 * is reused. Requests for the same untranslated page share one job; a reader waits a bounded time
 * for it and otherwise gets the original while the job finishes.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { type ChangeBus, contentKeys } from '../changes/index.ts';
import type { Database } from '../db/schema.ts';
import type { Logger } from '../logger.ts';
import type { SettingsService } from '../site/index.ts';
import { sanitizeBody } from '../text/sanitize-body.ts';
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings, readEngineSettings, writeEngineSettings } from './engine-settings.ts';
import { EngineError, type EngineId, type LanguagePair, type TranslationEngine } from './engines/engine.ts';
import type {
  EngineObserver,
  EngineUsageView,
  MachineResult,
  MachineTranslation,
  MachineTranslationState,
  SourceStory,
  StoredMachineTranslation,
} from './machine-translation-types.ts';
import { segmentStory } from './segments.ts';
import * as repo from './translation.repository.ts';

export interface MachineTranslationService {
  /** Languages a story written in `from` can be read in through an engine. */
  targetsFrom(from: string): Promise<string[]>;
  /** Whether any engine translates into `language` (so its pages may exist). */
  reaches(language: string): Promise<boolean>;
  /** The machine translation, made now if missing or older than the source; waits at most `waitMs`. */
  translation(source: SourceStory, language: string, waitMs: number): Promise<MachineResult>;
  /** Translates without waiting limits (the CLI's warm-up); throws the engine's error. */
  translateNow(source: SourceStory, language: string): Promise<MachineTranslation>;
  /** A story's machine translations with their review state, for the editors. */
  ofStory(storyId: number, currentRevision: number | null): Promise<MachineTranslationState[]>;
  stored(storyId: number, language: string): Promise<MachineTranslation | null>;
  /** An editor vouches for the machine translation as it stands (it becomes indexable). */
  markReviewed(storyId: number, language: string, userId: number): Promise<boolean>;
  engines(): { id: EngineId; name: string }[];
  engineSettings(): EngineSettings;
  load(): Promise<void>;
  updateEngineSettings(settings: EngineSettings): Promise<void>;
  usage(): Promise<EngineUsageView[]>;
  /** Told of every engine call and memory lookup (for the metrics). */
  observe(observer: EngineObserver): void;
}

export interface MachineTranslationDeps {
  db: Kysely<Database>;
  engines: TranslationEngine[];
  settings: SettingsService;
  changes: ChangeBus;
  log: Pick<Logger, 'warn' | 'info'>;
  now?: () => Date;
}

const PAIRS_TTL_MS = 10 * 60_000;
/** After a failure, readers get the original for a while instead of each retrying the engine. */
const FAILURE_PAUSE_MS = 60_000;

const NO_USAGE: repo.UsageCounts = { characters: 0, requests: 0, memoryHits: 0, memoryMisses: 0 };

interface PairIndex {
  targetsFrom: Map<string, Set<string>>;
  reached: Set<string>;
}

function indexPairs(pairs: LanguagePair[]): PairIndex {
  const targetsFrom = new Map<string, Set<string>>();
  for (const { from, to } of pairs) targetsFrom.set(from, (targetsFrom.get(from) ?? new Set()).add(to));
  return { targetsFrom, reached: new Set(pairs.map((pair) => pair.to)) };
}

const hashOf = (segment: string) => createHash('sha256').update(segment).digest('base64url');

export function createMachineTranslationService(deps: MachineTranslationDeps): MachineTranslationService {
  const { db, engines, settings, changes, log, now = () => new Date() } = deps;
  let engineSettings: EngineSettings = DEFAULT_ENGINE_SETTINGS;
  const pairCache = new Map<EngineId, { pairs: Promise<PairIndex>; until: number }>();
  const jobs = new Map<string, Promise<MachineTranslation>>();
  const failures = new Map<string, { until: number; reason: string }>();
  const observers: EngineObserver[] = [];

  const load = async () => {
    engineSettings = await readEngineSettings(settings);
  };
  changes.onReload(async (change) => {
    if ('everything' in change) await load();
  });

  /** An engine's pairs, indexed: every page view asks which languages a story can be read in. */
  function pairsOf(engine: TranslationEngine): Promise<PairIndex> {
    const cached = pairCache.get(engine.id);
    if (cached && cached.until > Date.now()) return cached.pairs;
    const pairs = engine.pairs().then(indexPairs, (error: unknown) => {
      log.warn({ err: error, engine: engine.id }, 'could not list the engine’s language pairs');
      const none = indexPairs([]);
      pairCache.set(engine.id, { pairs: Promise.resolve(none), until: Date.now() + FAILURE_PAUSE_MS });
      return none;
    });
    pairCache.set(engine.id, { pairs, until: Date.now() + PAIRS_TTL_MS });
    return pairs;
  }

  const ordered = () =>
    engineSettings.order.map((id) => engines.find((engine) => engine.id === id)).filter((engine): engine is TranslationEngine => Boolean(engine));

  async function engineFor(from: string, to: string): Promise<TranslationEngine | null> {
    for (const engine of ordered()) {
      if ((await pairsOf(engine)).targetsFrom.get(from)?.has(to)) return engine;
    }
    return null;
  }

  /** Names engines must leave alone: the organization's, in every language. */
  const protectedNames = () => [...new Set(Object.values(settings.current().organizationName))];

  function view(stored: StoredMachineTranslation): MachineTranslation {
    const engine = engines.find((e) => e.id === stored.engine);
    return {
      storyId: stored.storyId,
      language: stored.language,
      sourceLanguage: stored.sourceLanguage,
      engine: stored.engine,
      engineName: engine?.name ?? stored.engine,
      title: stored.title,
      summary: stored.summary,
      bodyHtml: stored.bodyHtml,
      reviewed: stored.reviewedRevision === stored.sourceRevision,
    };
  }

  async function translateStory(source: SourceStory, language: string): Promise<MachineTranslation> {
    const engine = await engineFor(source.language, language);
    if (!engine) throw new EngineError('apertium', 'unsupported_pair', `no engine translates ${source.language} → ${language}`);
    const key = { engine: engine.id, sourceLanguage: source.language, targetLanguage: language };
    const story = segmentStory(source, protectedNames());
    const hashes = story.segments.map(hashOf);
    const memory = await repo.recall(db, key, [...new Set(hashes)]);
    const missing = new Map<string, string>();
    story.segments.forEach((segment, i) => {
      if (!memory.has(hashes[i]!)) missing.set(hashes[i]!, segment);
    });
    const characters = [...missing.values()].reduce((sum, segment) => sum + segment.length, 0);
    const month = repo.monthOf(now());
    const budget = engineSettings.monthlyCharacterBudget[engine.id] ?? null;
    if (budget !== null && characters > 0) {
      const used = (await repo.usageIn(db, month)).get(engine.id)?.characters ?? 0;
      if (used + characters > budget) throw new EngineError(engine.id, 'budget_exhausted', `${used} of ${budget} characters used this month`);
    }
    for (const observer of observers) observer.memoryLookups(engine.id, story.segments.length - missing.size, missing.size);
    if (missing.size > 0) {
      let translated: string[];
      try {
        translated = await engine.translate([...missing.values()], { from: source.language, to: language });
        for (const observer of observers) observer.engineCall(engine.id, 'ok', characters);
      } catch (error) {
        for (const observer of observers) observer.engineCall(engine.id, error instanceof EngineError ? error.code : 'error', 0);
        throw error;
      }
      const entries = [...missing.keys()].map((hash, i) => ({ hash, translated: translated[i]! }));
      await repo.remember(db, key, entries, now().toISOString());
      for (const entry of entries) memory.set(entry.hash, entry.translated);
    }
    await repo.addUsage(db, engine.id, month, {
      characters,
      requests: missing.size > 0 ? 1 : 0,
      memoryHits: story.segments.length - missing.size,
      memoryMisses: missing.size,
    });
    const content = story.rebuild(hashes.map((hash) => memory.get(hash)!));
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
    return view((await repo.findMachineTranslation(db, source.storyId, language))!);
  }

  function job(source: SourceStory, language: string): Promise<MachineTranslation> {
    const key = `${source.storyId}:${language}:${source.revision}`;
    let running = jobs.get(key);
    if (!running) {
      running = translateStory(source, language).finally(() => jobs.delete(key));
      jobs.set(key, running);
    }
    return running;
  }

  return {
    load,
    async targetsFrom(from) {
      const targets = new Set<string>();
      for (const engine of ordered()) for (const to of (await pairsOf(engine)).targetsFrom.get(from) ?? []) targets.add(to);
      targets.delete(from);
      return [...targets];
    },
    async reaches(language) {
      for (const engine of ordered()) if ((await pairsOf(engine)).reached.has(language)) return true;
      return false;
    },
    async translation(source, language, waitMs) {
      const stored = await repo.findMachineTranslation(db, source.storyId, language);
      if (stored && stored.sourceRevision === source.revision && stored.sourceLanguage === source.language) return { ready: view(stored) };
      const failureKey = `${source.storyId}:${language}`;
      const failure = failures.get(failureKey);
      if (failure && failure.until > Date.now()) return { unavailable: failure.reason };
      const running = job(source, language);
      running.catch((error: unknown) => {
        log.warn({ err: error, storyId: source.storyId, language }, 'machine translation failed');
        failures.set(failureKey, { until: Date.now() + FAILURE_PAUSE_MS, reason: (error as Error).message });
      });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), waitMs)));
      try {
        const outcome = await Promise.race([running, timeout]);
        return outcome === 'timeout' ? { pending: true } : { ready: outcome };
      } catch (error) {
        return { unavailable: (error as Error).message };
      } finally {
        clearTimeout(timer);
      }
    },
    translateNow: (source, language) => job(source, language),
    async ofStory(storyId, currentRevision) {
      return (await repo.listMachineTranslations(db, storyId)).map((row) => ({
        language: row.language,
        engineName: view(row).engineName,
        reviewed: view(row).reviewed && (currentRevision === null || row.sourceRevision === currentRevision),
        outOfDate: row.reviewedRevision !== null && row.reviewedRevision < (currentRevision ?? row.sourceRevision),
        translatedAt: row.translatedAt,
      }));
    },
    async stored(storyId, language) {
      const row = await repo.findMachineTranslation(db, storyId, language);
      return row ? view(row) : null;
    },
    async markReviewed(storyId, language, userId) {
      const done = await repo.markReviewed(db, storyId, language, userId, now().toISOString());
      if (done) await changes.publish({ keys: [contentKeys.story(storyId)] });
      return done;
    },
    engines: () => ordered().map(({ id, name }) => ({ id, name })),
    observe: (observer) => void observers.push(observer),
    engineSettings: () => engineSettings,
    async updateEngineSettings(next) {
      engineSettings = await writeEngineSettings(settings, next);
      pairCache.clear();
      await changes.publish({ everything: true });
    },
    async usage() {
      const counted = await repo.usageIn(db, repo.monthOf(now()));
      return ordered().map((engine) => ({
        engine: engine.id,
        name: engine.name,
        ...(counted.get(engine.id) ?? NO_USAGE),
        budget: engineSettings.monthlyCharacterBudget[engine.id] ?? null,
      }));
    },
  };
}
