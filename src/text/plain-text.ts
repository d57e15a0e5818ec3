/**
 * The text of article HTML as a reader sees it, for search: entities decoded, tags dropped, and a space
 * where a block ends or a line breaks, so words of two paragraphs never run together.
 */
import { Parser } from 'htmlparser2';

const BREAKS = new Set(['p', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'td', 'th', 'tr', 'div', 'section', 'ul', 'ol']);

export function plainTextOf(html: string): string {
  const parts: string[] = [];
  const parser = new Parser({
    ontext: (text) => void parts.push(text),
    onclosetag: (name) => void (BREAKS.has(name) && parts.push(' ')),
    onopentag: (name) => void (name === 'br' && parts.push(' ')),
  });
  parser.end(html);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
