/**
 * Finding glossary terms in text: whole words only, whatever the case and however many spaces, in any script.
 * Arabic glues its proclitics to the next word (و "and", ف "so", ب "with", ك "like", ل "for"), and ل before the
 * article ال drops the alef (ل + الدول → للدول); so in Arabic a term is still found behind them.
 */
import type { GlossaryEntry, PairGlossary, PairTerm } from './glossary.types.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const body = (term: string) => term.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
const isArabic = (language: string) => language === 'ar' || language.startsWith('ar-');

/** Nothing but a letter or digit may touch a term; in Arabic, a proclitic or two may (and stay outside the match). */
function before(language: string): string {
  return isArabic(language) ? '(?<![\\p{L}\\p{N}])(?:[وف]?[بكل]?)' : '(?<![\\p{L}\\p{N}])';
}
const AFTER = '(?![\\p{L}\\p{N}])';

/** Alternatives for one term: in Arabic, a term with the article also as it reads after ل (للدول for الدول). */
function alternativesOf(term: string, language: string): string {
  const plain = body(term);
  if (!isArabic(language) || !term.trim().startsWith('ال')) return plain;
  return `${plain}|(?<=ل)${body(term.trim().slice(1))}`;
}

export interface TermMatch {
  start: number;
  end: number;
  /** Index in the list given. */
  index: number;
}

const patterns = new Map<string, RegExp>();

function patternFor(terms: readonly string[], language: string): RegExp {
  const key = `${language}\u0000${terms.join('\u0000')}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    const groups = terms.map((term) => `(${alternativesOf(term, language)})`).join('|');
    pattern = new RegExp(`${before(language)}(?:${groups})${AFTER}`, 'giu');
    if (patterns.size > 500) patterns.clear();
    patterns.set(key, pattern);
  }
  return pattern;
}

/** Where each of `terms` occurs in `text`, left to right, never overlapping; at one place the earliest listed wins. */
export function findTerms(text: string, terms: readonly string[], language: string): TermMatch[] {
  const usable = terms.filter((term) => term.trim() !== '');
  if (usable.length === 0 || text === '') return [];
  const pattern = patternFor(usable, language);
  const found: TermMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    const group = match.slice(1).findIndex((value) => value !== undefined);
    const matched = match[group + 1]!;
    // The proclitics matched before the term stay outside it.
    const start = match.index + match[0].length - matched.length;
    found.push({ start, end: start + matched.length, index: terms.indexOf(usable[group]!) });
  }
  return found;
}

export const containsTerm = (text: string, term: string, language: string) => findTerms(text, [term], language).length > 0;

/** The entries that apply to translating `from` into `to`. */
export function pairGlossary(entries: readonly GlossaryEntry[], from: string, to: string): PairGlossary {
  const fits = (entry: GlossaryEntry) =>
    (entry.sourceLanguage === null || entry.sourceLanguage === from) && (entry.targetLanguage === null || entry.targetLanguage === to);
  const specific = (entry: GlossaryEntry) => Number(entry.sourceLanguage !== null) + Number(entry.targetLanguage !== null);
  const terms: PairTerm[] = entries
    .filter((entry) => entry.kind !== 'forbid' && fits(entry))
    // Longest first; for the same words, an entry for this very pair wins over one for every language.
    .sort((a, b) => b.term.length - a.term.length || specific(b) - specific(a) || a.id - b.id)
    .map((entry) => ({
      id: entry.id,
      kind: entry.kind as 'keep' | 'force',
      term: entry.term,
      target: entry.kind === 'keep' ? entry.term : entry.translation!,
    }));
  const forbidden = entries
    .filter((entry) => entry.kind === 'forbid' && fits(entry))
    .map((entry) => ({ id: entry.id, rendering: entry.term, instead: entry.translation }));
  return { from, to, terms, forbidden };
}

/** What a segment's translation depends on in the glossary: the terms it holds, with their target forms. */
export function fingerprintOf(terms: readonly PairTerm[]): string {
  return [...new Set(terms.map((term) => `${term.id}:${term.kind}:${term.term}\u0001${term.target}`))].sort().join('\u0002');
}
