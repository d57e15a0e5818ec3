/**
 * Segments as engines see them (`<em id="t1">…</em>`, `<span id="p1">…</span>` for protected text) turned into
 * XLIFF inline content and back, and the check that a translation uses its source's codes exactly: each once,
 * none invented, none lost.
 */
import { type AnyNode, Element, Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { Inline } from './exchange.types.ts';

const VOID = new Set(['img', 'br', 'wbr']);

export function inlineOfSegment(segment: string): Inline[] {
  const convert = (nodes: AnyNode[]): Inline[] =>
    nodes.flatMap((node): Inline[] => {
      if (node instanceof Text) return [node.data];
      if (!(node instanceof Element)) return [];
      const id = node.attribs.id ?? '';
      // Protected text and images are not for translating: a standalone code the translator places.
      if (id.startsWith('p')) return [{ standalone: id, display: node.children.map((child) => (child instanceof Text ? child.data : '')).join('') }];
      if (VOID.has(node.name)) return [{ standalone: id }];
      return [{ pair: id, children: convert(node.children) }];
    });
  return convert(parseDocument(segment, { decodeEntities: true }).children);
}

/** Codes in order of appearance: `t1` for a spanning code, `t2/` for a standalone one. */
export function codesOf(nodes: readonly Inline[]): string[] {
  return nodes.flatMap((node) => {
    if (typeof node === 'string') return [];
    return 'pair' in node ? [node.pair, ...codesOf(node.children)] : [`${node.standalone}/`];
  });
}

/** What is wrong with the codes of `target` against those of `source`, in words; null when they match. */
export function codeMismatch(source: readonly Inline[], target: readonly Inline[]): string | null {
  const expected = codesOf(source);
  const found = codesOf(target);
  const missing = expected.filter((code) => !found.includes(code));
  const invented = found.filter((code) => !expected.includes(code));
  const repeated = found.filter((code, i) => found.indexOf(code) !== i);
  const name = (code: string) => code.replace(/\/$/, '');
  if (missing.length > 0) return `the inline code(s) ${missing.map(name).join(', ')} of the source are missing from the target`;
  if (invented.length > 0) return `the target has inline code(s) ${invented.map(name).join(', ')} that the source does not`;
  if (repeated.length > 0) return `the target has the inline code(s) ${repeated.map(name).join(', ')} more than once`;
  return null;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A translated unit in the form engines answer in, ready for the segment's `rebuild`. */
export function segmentOfInline(nodes: readonly Inline[], tagOf: (id: string) => string): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escapeText(node);
      if ('pair' in node) return `<${tagOf(node.pair)} id="${node.pair}">${segmentOfInline(node.children, tagOf)}</${tagOf(node.pair)}>`;
      const tag = tagOf(node.standalone);
      return `<${tag} id="${node.standalone}"></${tag}>`;
    })
    .join('');
}

/** The element name of each placeholder in a segment (protected text is a `span`). */
export function tagsOfSegment(segment: string): Map<string, string> {
  const tags = new Map<string, string>();
  const walk = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (!(node instanceof Element)) continue;
      if (node.attribs.id) tags.set(node.attribs.id, node.name);
      walk(node.children);
    }
  };
  walk(parseDocument(segment).children);
  return tags;
}

/** The text of inline content, codes left out (a protected code counts as its text). */
export function textOf(nodes: readonly Inline[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : 'pair' in node ? textOf(node.children) : (node.display ?? ''))).join('');
}
