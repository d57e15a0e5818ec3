/** Word-level changes between two revisions, on the text a reader sees (markup aside). */
import { diffWords } from 'diff';
import { decode } from 'html-entities';

export interface TextChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Block elements end lines, so paragraphs stay apart; tags go, entities become characters. */
export function readableText(html: string): string {
  const text = html
    .replace(/<\/(p|h[1-6]|li|blockquote|figcaption|tr)>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<img[^>]*\balt="([^"]*)"[^>]*>/gi, '[$1]')
    .replace(/<[^>]+>/g, '');
  return decode(text)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function textChanges(before: string, after: string): TextChange[] {
  return diffWords(before, after).map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
}
