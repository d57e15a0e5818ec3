/**
 * Which engine serves a language pair: the first of the configured engines, in the administrators'
 * order, that offers it; and which languages engines reach at all.
 */
import type { Logger } from '../logger.ts';
import type { EngineId, LanguagePair, TranslationEngine } from './engines/engine.ts';

const PAIRS_TTL_MS = 10 * 60_000;
/** After a failure, readers get the original for a while instead of each retrying the engine. */
export const FAILURE_PAUSE_MS = 60_000;

/** No configured engine offers the pair: no engine failed, so none is named. */
export class NoEngineError extends Error {
  override name = 'NoEngineError';
  constructor(readonly pair: LanguagePair) {
    super(`no engine translates ${pair.from} → ${pair.to}`);
  }
}

export interface EngineRouting {
  /** The configured engines, in the administrators' order. */
  ordered(): TranslationEngine[];
  /** The engine that translates the pair; throws NoEngineError when none does. */
  engineFor(pair: LanguagePair): Promise<TranslationEngine>;
  /** Languages a story written in `from` can be read in through an engine. */
  targetsFrom(from: string): Promise<string[]>;
  /** Whether any engine translates into `language` (so its pages may exist). */
  reaches(language: string): Promise<boolean>;
  /** The engine's name, shown to readers; its id if it is configured no more. */
  nameOf(engine: EngineId): string;
  /** Forgets the pairs the engines offered, so each is asked again. */
  forget(): void;
}

export interface EngineRoutingDeps {
  engines: TranslationEngine[];
  /** The administrators' order of engines, as it currently stands. */
  order: () => readonly EngineId[];
  log: Pick<Logger, 'warn'>;
}

interface PairIndex {
  targetsFrom: Map<string, Set<string>>;
  reached: Set<string>;
}

function indexPairs(pairs: LanguagePair[]): PairIndex {
  const targetsFrom = new Map<string, Set<string>>();
  for (const { from, to } of pairs) targetsFrom.set(from, (targetsFrom.get(from) ?? new Set()).add(to));
  return { targetsFrom, reached: new Set(pairs.map((pair) => pair.to)) };
}

export function createEngineRouting({ engines, order, log }: EngineRoutingDeps): EngineRouting {
  const pairCache = new Map<EngineId, { pairs: Promise<PairIndex>; until: number }>();

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
    order()
      .map((id) => engines.find((engine) => engine.id === id))
      .filter((engine): engine is TranslationEngine => Boolean(engine));

  return {
    ordered,
    async engineFor(pair) {
      for (const engine of ordered()) {
        if ((await pairsOf(engine)).targetsFrom.get(pair.from)?.has(pair.to)) return engine;
      }
      throw new NoEngineError(pair);
    },
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
    nameOf: (id) => engines.find((engine) => engine.id === id)?.name ?? id,
    forget: () => pairCache.clear(),
  };
}
