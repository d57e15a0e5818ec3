/** Word-level changes between two revisions, on the text a reader sees (markup aside). */
import { diffWords } from 'diff';
import { Parser } from 'htmlparser2';

export interface TextChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Elements whose end is the end of a line of text. */
const LINE_ENDS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'tr']);

/**
 * Block ends and `<br>` become line breaks, images their `[alt text]`, other tags go and entities become
 * characters. A streaming parse, so any input (even an unclosed attribute repeated 40,000 times) costs one pass.
 */
export function readableText(html: string): string {
  let text = '';
  const parser = new Parser({
    ontext(chunk) {
      text += chunk;
    },
    onopentag(name, attributes) {
      if (name === 'br') text += '\n';
      else if (name === 'img' && attributes.alt !== undefined) text += `[${attributes.alt}]`;
    },
    onclosetag(name) {
      if (LINE_ENDS.has(name)) text += '\n';
    },
  });
  parser.end(html);
  return text.replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Myers' diff costs about the square of the number of edits, so comparing two long, wholly different texts held
 * the server for seconds. Past this many words added or removed a word-by-word comparison is no help anyway.
 */
const MAX_EDITS = 1000;
/** And whatever the texts, one comparison never holds the server longer than this. */
const MAX_MILLISECONDS = 100;

/** The diff package finds words of Latin letters only (an Arabic text was compared letter by letter); Intl knows every script's. */
const wordSegmenters = new Map<string, Intl.Segmenter>();

function wordsOf(language: string): Intl.Segmenter {
  let segmenter = wordSegmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    wordSegmenters.set(language, segmenter);
  }
  return segmenter;
}

/** The changes from `before` to `after` (texts in `language`), or null when the two are too different to compare word by word. */
export function textChanges(before: string, after: string, language: string): TextChange[] | null {
  const parts = diffWords(before, after, { intlSegmenter: wordsOf(language), maxEditLength: MAX_EDITS, timeout: MAX_MILLISECONDS });
  return parts?.map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value })) ?? null;
}
