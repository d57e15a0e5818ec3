/**
 * Words of a text as search reads them: runs of letters, marks and digits of any script, joined across an
 * apostrophe (l’éducation, aujourd’hui) so that elisions can be told apart. Offsets point into the text as
 * given, for marking matched words in a snippet.
 */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

export function* wordsOf(text: string): Generator<Word> {
  for (const match of text.matchAll(WORD)) yield { text: match[0], start: match.index, end: match.index + match[0].length };
}
