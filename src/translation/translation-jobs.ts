/**
 * Machine translations as readers ask for them: the stored one while it is as recent as its source, the
 * glossary and the corrections, otherwise a job (which finds all but the changed segments in memory). Requests for the same untranslated page share one job; a reader waits a bounded
 * time for it and otherwise gets the original while the job finishes.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Logger } from '../logger.ts';
import { type EngineRouting, FAILURE_PAUSE_MS } from './engine-routing.ts';
import { machineTranslationOf } from './machine-reviews.ts';
import type { MachineResult, MachineTranslation, SourceStory, StoredMachineTranslation } from './machine-translation-types.ts';
import type { StoryTranslation } from './story-translation.ts';
import * as repo from './translation.repository.ts';

export interface TranslationJobs {
  /** The machine translation, made now if missing or older than the source; waits at most `waitMs`. */
  translation(source: SourceStory, language: string, waitMs: number): Promise<MachineResult>;
  /** Translates without waiting limits (the CLI's warm-up); throws the engine's error, or NoEngineError. */
  translateNow(source: SourceStory, language: string): Promise<MachineTranslation>;
}

export interface TranslationJobsDeps {
  db: Kysely<Database>;
  routing: Pick<EngineRouting, 'nameOf'>;
  story: Pick<StoryTranslation, 'translate' | 'prepare'>;
  log: Pick<Logger, 'warn'>;
}

export function createTranslationJobs({ db, routing, story, log }: TranslationJobsDeps): TranslationJobs {
  const jobs = new Map<string, Promise<MachineTranslation>>();
  const failures = new Map<string, { until: number; reason: string }>();

  /** Made from this revision of the source, with the segments the glossary makes of it now, and no correction since. */
  const isCurrent = (stored: StoredMachineTranslation, source: SourceStory, language: string) =>
    stored.sourceRevision === source.revision &&
    stored.sourceLanguage === source.language &&
    !stored.stale &&
    stored.segmentsDigest === story.prepare(source, language).digest;

  function job(source: SourceStory, language: string): Promise<MachineTranslation> {
    const key = `${source.storyId}:${language}:${source.revision}:${story.prepare(source, language).digest}`;
    let running = jobs.get(key);
    if (!running) {
      running = story.translate(source, language).finally(() => jobs.delete(key));
      jobs.set(key, running);
    }
    return running;
  }

  return {
    async translation(source, language, waitMs) {
      const stored = await repo.findMachineTranslation(db, source.storyId, language);
      if (stored && isCurrent(stored, source, language)) return { ready: machineTranslationOf(stored, routing) };
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
  };
}
