/**
 * A machine translation engine as Diwan uses one: the directed language pairs it offers, and the
 * translation of segments (small HTML fragments) from one language to another. Languages are BCP 47
 * tags as the site uses them (`en`, `es`, `ar`, `ms`); each adapter maps them to its API's codes.
 */
export type EngineId = 'apertium' | 'libretranslate' | 'deepl' | 'google';

export interface LanguagePair {
  from: string;
  to: string;
}

/** Stable reasons an engine call failed, whatever the engine said. */
export type EngineErrorCode =
  | 'timeout'
  | 'unavailable'
  | 'rate_limited'
  | 'quota_exceeded'
  | 'budget_exhausted'
  | 'auth_failed'
  | 'unsupported_pair'
  | 'rejected'
  | 'bad_response';

export class EngineError extends Error {
  constructor(
    readonly engine: EngineId,
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(`${engine}: ${code}: ${message}`);
    this.name = 'EngineError';
  }
}

/**
 * The pair's glossary as an engine with a glossary of its own (DeepL) takes it: source term → target form (a kept
 * name maps to itself). Diwan restores every term itself; an engine's own glossary also lets the words around a
 * term agree with the form it will have.
 */
export interface EngineGlossary {
  entries: readonly { source: string; target: string }[];
}

export interface TranslationEngine {
  readonly id: EngineId;
  /** Shown to readers in the disclaimer ("a machine translation by DeepL"). */
  readonly name: string;
  pairs(): Promise<LanguagePair[]>;
  /**
   * Translates each segment: an HTML fragment with inline elements only, whose attributes are Diwan's
   * own placeholders (`id="t1"`), with real characters rather than entities. Returns one translation
   * per segment, in order; splits the work into as many requests as the API's limits need. Glossary terms arrive
   * as `<span id="gN">` holding the source words; `glossary`, when given, is for an engine's own glossary feature.
   */
  translate(segments: readonly string[], pair: LanguagePair, glossary?: EngineGlossary): Promise<string[]>;
}

/** Groups items into batches no larger than the API allows, by count and by total characters. */
export function batches(items: readonly string[], limits: { maxItems: number; maxChars: number }): { start: number; items: string[] }[] {
  const result: { start: number; items: string[] }[] = [];
  let current: string[] = [];
  let chars = 0;
  let start = 0;
  items.forEach((item, index) => {
    if (current.length > 0 && (current.length >= limits.maxItems || chars + item.length > limits.maxChars)) {
      result.push({ start, items: current });
      current = [];
      chars = 0;
      start = index;
    }
    current.push(item);
    chars += item.length;
  });
  if (current.length > 0) result.push({ start, items: current });
  return result;
}

export interface EngineSpec<P extends LanguagePair> {
  id: EngineId;
  name: string;
  /** The pairs the API offers, with whatever it needs to translate each (its own codes). */
  listPairs(): Promise<P[]>;
  /** Requests are split into batches within these limits; without them, all segments go together. */
  limits?: { maxItems: number; maxChars: number };
  translateBatch(segments: string[], pair: P, glossary?: EngineGlossary): Promise<string[]>;
}

/**
 * An engine from its API's two calls: pairs are listed once (again after a failure), a pair the API
 * does not offer is refused with a stable code, and segments go in batches the API accepts.
 */
export function defineEngine<P extends LanguagePair>(spec: EngineSpec<P>): TranslationEngine {
  let offered: Promise<P[]> | null = null;
  const pairsOnce = () => {
    offered ??= spec.listPairs().catch((error: unknown) => {
      offered = null;
      throw error;
    });
    return offered;
  };
  return {
    id: spec.id,
    name: spec.name,
    async pairs() {
      return (await pairsOnce()).map(({ from, to }) => ({ from, to }));
    },
    async translate(segments, wanted, glossary) {
      if (segments.length === 0) return [];
      const pair = (await pairsOnce()).find((p) => p.from === wanted.from && p.to === wanted.to);
      if (!pair) throw new EngineError(spec.id, 'unsupported_pair', `${wanted.from} → ${wanted.to}`);
      if (!spec.limits) return spec.translateBatch([...segments], pair, glossary);
      const results: string[] = [];
      for (const batch of batches(segments, spec.limits)) results.push(...(await spec.translateBatch(batch.items, pair, glossary)));
      return results;
    },
  };
}
