/** What machine translation deals in: the stories it starts from, the translations it keeps and shows, and the engines' counters. */
import type { EngineId } from './engines/engine.ts';

/** A published human translation that machine translations are made from. */
export interface SourceStory {
  storyId: number;
  language: string;
  revision: number;
  title: string;
  summary: string;
  bodyHtml: string;
}

/** A story's machine translation into one language as stored, with the source revision a person reviewed, if any. */
export interface StoredMachineTranslation {
  storyId: number;
  language: string;
  sourceLanguage: string;
  /** The source revision it was made from. */
  sourceRevision: number;
  engine: EngineId;
  title: string;
  summary: string;
  bodyHtml: string;
  translatedAt: string;
  /** The source revision the reviewer read; behind `sourceRevision` means out of date; null: nobody reviewed it. */
  reviewedRevision: number | null;
  /** Digest of the memory keys of its segments: it differs once the glossary changes what a segment holds. */
  segmentsDigest: string;
  /** A correction changed one of its segments since. */
  stale: boolean;
}

export interface MachineTranslation {
  storyId: number;
  language: string;
  sourceLanguage: string;
  engine: EngineId;
  engineName: string;
  title: string;
  summary: string;
  bodyHtml: string;
  /** A person read it against the source revision it was made from. */
  reviewed: boolean;
}

export interface MachineTranslationState {
  language: string;
  engineName: string;
  reviewed: boolean;
  /** Reviewed once, but the original changed since. */
  outOfDate: boolean;
  translatedAt: string;
}

export type MachineResult = { ready: MachineTranslation } | { pending: true } | { unavailable: string };

export interface EngineUsageView {
  engine: EngineId;
  name: string;
  characters: number;
  requests: number;
  memoryHits: number;
  memoryMisses: number;
  budget: number | null;
}

export interface EngineObserver {
  engineCall(engine: EngineId, result: 'ok' | string, characters: number): void;
  memoryLookups(engine: EngineId, hits: number, misses: number): void;
}
