/** The organization's terminology as the glossary keeps it, and as one language pair sees it. */
import type { GlossaryKind } from '../db/schema.ts';

export type { GlossaryKind } from '../db/schema.ts';

export const GLOSSARY_KINDS: readonly GlossaryKind[] = ['keep', 'force', 'forbid'];

export interface GlossaryEntry {
  id: number;
  kind: GlossaryKind;
  /** Null: any language. */
  sourceLanguage: string | null;
  targetLanguage: string | null;
  /** The source term (keep, force), or the rendering never allowed (forbid). */
  term: string;
  /** The target form (force), or the rendering to use instead (forbid, optional). */
  translation: string | null;
  note: string;
  updatedAt: string;
}

/** An entry as typed into the admin's form or read from a file, before it is checked. */
export interface GlossaryInput {
  kind: GlossaryKind;
  sourceLanguage: string | null;
  targetLanguage: string | null;
  term: string;
  translation: string | null;
  note: string;
}

/** A term engines must get right for one pair: kept as written, or always rendered as `target`. */
export interface PairTerm {
  id: number;
  kind: 'keep' | 'force';
  term: string;
  /** The source term itself when kept. */
  target: string;
}

/** A rendering that must never appear in the pair's target language. */
export interface ForbiddenRendering {
  id: number;
  rendering: string;
  instead: string | null;
}

/** The glossary as it applies to translating `from` into `to`. */
export interface PairGlossary {
  from: string;
  to: string;
  /** Longest first, so "ICESCO Bureau" wins over "ICESCO". */
  terms: PairTerm[];
  forbidden: ForbiddenRendering[];
}
