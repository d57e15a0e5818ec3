/**
 * Snippets: a window of a result's text around the first word the query matched, as plain text parts with the
 * matched words flagged. The view writes each part as text (escaped by the renderer) and flagged ones inside
 * `<mark>`, so nothing of the story's HTML is ever written out as markup here.
 */
import { termOfWord } from '../text/search-analysis.ts';
import { type Word, wordsOf } from '../text/search-words.ts';

export interface TextPart {
  text: string;
  marked: boolean;
}

const WINDOW_WORDS = 32;
const WORDS_BEFORE = 8;

function partsOf(text: string, words: Word[], language: string, terms: Set<string>): TextPart[] {
  const parts: TextPart[] = [];
  let at = words[0]?.start ?? 0;
  for (const word of words) {
    const term = termOfWord(word.text, language);
    if (term === null || !terms.has(term)) continue;
    if (word.start > at) parts.push({ text: text.slice(at, word.start), marked: false });
    parts.push({ text: word.text, marked: true });
    at = word.end;
  }
  const end = words.at(-1)?.end ?? text.length;
  if (end > at) parts.push({ text: text.slice(at, end), marked: false });
  return parts;
}

/** The whole text with matched words flagged (titles). */
export function markedText(text: string, language: string, terms: Set<string>): TextPart[] {
  const words = [...wordsOf(text)];
  if (words.length === 0) return [{ text, marked: false }];
  const parts = partsOf(text, words, language, terms);
  const first = words[0]!.start;
  const last = words.at(-1)!.end;
  return [
    ...(first > 0 ? [{ text: text.slice(0, first), marked: false }] : []),
    ...parts,
    ...(last < text.length ? [{ text: text.slice(last), marked: false }] : []),
  ];
}

/** About 32 words around the first match in the first text that has one (summary, then body); else the summary's start. */
export function snippetOf(texts: string[], language: string, terms: Set<string>): TextPart[] {
  const candidates = texts.map((text) => ({ text, words: [...wordsOf(text)] })).filter((c) => c.words.length > 0);
  for (const { text, words } of candidates) {
    const first = words.findIndex((word) => {
      const term = termOfWord(word.text, language);
      return term !== null && terms.has(term);
    });
    if (first === -1) continue;
    const start = Math.max(0, first - WORDS_BEFORE);
    const end = Math.min(words.length, start + WINDOW_WORDS);
    const parts = partsOf(text, words.slice(start, end), language, terms);
    return [...(start > 0 ? [{ text: '… ', marked: false }] : []), ...parts, ...(end < words.length ? [{ text: ' …', marked: false }] : [])];
  }
  const fallback = candidates[0];
  if (!fallback) return [];
  const words = fallback.words.slice(0, WINDOW_WORDS);
  return [{ text: fallback.text.slice(0, words.at(-1)!.end) + (words.length < fallback.words.length ? ' …' : ''), marked: false }];
}
