/**
 * One segment's inline content as engines get it, and back. Inline elements go out as `<tag id="tN">` and come
 * back with their original attributes; `translate="no"` elements and the organization's names go out as
 * `<span id="pN">` and come back exactly as they were; glossary terms go out as `<span id="gN">` holding the
 * source words (so the engine inflects what surrounds them), and come back as the name kept or the target form,
 * adapted to the words the engine glued to it (see `glossary`'s inflection).
 */
import { type AnyNode, Element, Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { elideBefore, findTerms, type PairGlossary, type PairTerm, restoreTerm } from '../glossary/index.ts';
import { withinNestingLimit } from '../text/sanitize-body.ts';

const OPAQUE = new Set(['code', 'pre', 'script', 'style']);

export const isProtected = (element: Element) => element.attribs.translate === 'no' || OPAQUE.has(element.name);
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function textOf(node: AnyNode): string {
  if (node instanceof Text) return node.data;
  return node instanceof Element ? node.children.map(textOf).join('') : '';
}

/**
 * Every walk here recurses, as do the serializer and `cloneNode`, and the parser slows with the square of the depth: a
 * body nested thousands deep (stored before bodies were bounded, imported, or an engine's answer) would take seconds
 * and overflow the stack. Nothing is parsed past the depth the sanitizer allows, so no walk goes deeper.
 */
export function parse(html: string) {
  return parseDocument(withinNestingLimit(html), { decodeEntities: true });
}

/** Splits text around the protected names, longest first so "ICESCO Bureau" wins over "ICESCO". */
function protectNames(text: string, names: readonly string[]): { text: string; name: boolean }[] {
  const sorted = [...names].filter(Boolean).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [{ text, name: false }];
  const pattern = new RegExp(`(${sorted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gu');
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, name: sorted.includes(part) }));
}

export interface EncodedSegment {
  html: string;
  inline: Map<string, Element>;
  kept: Map<string, AnyNode>;
  /** Each glossary placeholder's term, and the words it stood for in the source. */
  terms: Map<string, { term: PairTerm; occurrence: string }>;
}

/** One segment's outgoing HTML (placeholders instead of attributes), and what to restore. */
export function encode(nodes: readonly AnyNode[], names: readonly string[], glossary: PairGlossary | null): EncodedSegment {
  const inline = new Map<string, Element>();
  const kept = new Map<string, AnyNode>();
  const terms = new Map<string, { term: PairTerm; occurrence: string }>();
  const termWords = glossary?.terms.map((term) => term.term) ?? [];
  const writeTerms = (text: string) => {
    let out = '';
    let at = 0;
    for (const match of findTerms(text, termWords, glossary?.from ?? '')) {
      const id = `g${terms.size + 1}`;
      const occurrence = text.slice(match.start, match.end);
      terms.set(id, { term: glossary!.terms[match.index]!, occurrence });
      out += `${escapeText(text.slice(at, match.start))}<span id="${id}">${escapeText(occurrence)}</span>`;
      at = match.end;
    }
    return out + escapeText(text.slice(at));
  };
  const write = (node: AnyNode): string => {
    if (node instanceof Text) {
      return protectNames(node.data, names)
        .map((part) => {
          if (!part.name) return writeTerms(part.text);
          const id = `p${kept.size + 1}`;
          kept.set(id, new Text(part.text));
          return `<span id="${id}">${escapeText(part.text)}</span>`;
        })
        .join('');
    }
    if (!(node instanceof Element)) return '';
    if (isProtected(node)) {
      const id = `p${kept.size + 1}`;
      kept.set(id, node);
      return `<span id="${id}">${escapeText(textOf(node))}</span>`;
    }
    const id = `t${inline.size + 1}`;
    inline.set(id, node);
    return `<${node.name} id="${id}">${node.children.map(write).join('')}</${node.name}>`;
  };
  return { html: nodes.map(write).join('').trim(), inline, kept, terms };
}

/** The engine's fragment as nodes, with every placeholder turned back into the original element or the term's form. */
export function decode(translated: string, encoded: Omit<EncodedSegment, 'html'>, language: string): AnyNode[] {
  const { inline, kept, terms } = encoded;
  const restoredTerms = new WeakSet<AnyNode>();
  /** A French article just before a restored term elides when the term needs it. */
  const elide = (nodes: AnyNode[]) => {
    nodes.forEach((node, i) => {
      const previous = nodes[i - 1];
      if (restoredTerms.has(node) && previous instanceof Text) previous.data = elideBefore(previous.data, (node as Text).data, language);
    });
    return nodes;
  };
  const restore = (node: AnyNode): AnyNode[] => {
    if (!(node instanceof Element)) return [node];
    const id = node.attribs.id ?? '';
    const protectedNode = kept.get(id);
    if (protectedNode) return [protectedNode.cloneNode(true)];
    const term = terms.get(id);
    if (term) {
      const text = new Text(term.term.kind === 'keep' ? term.occurrence : restoreTerm(textOf(node), term.term.target, language));
      restoredTerms.add(text);
      return [text];
    }
    const children = elide(node.children.flatMap(restore));
    const original = inline.get(id);
    // An element the engine made up is dropped, its text kept.
    if (!original) return children;
    const element = new Element(original.name, { ...original.attribs }, []);
    for (const child of children) {
      child.parent = element;
      element.children.push(child);
    }
    return [element];
  };
  return elide(parse(translated).children.flatMap(restore));
}

/**
 * A person's translation of a segment (HTML, as a reviewer or an agency wrote it) in the form engines answer in:
 * each element that is one of the segment's own inline elements (same name and attributes) becomes its
 * placeholder; other elements are dropped, their text kept.
 */
export function encodeTranslation(html: string, encoded: Pick<EncodedSegment, 'inline'>): string {
  const unused = new Map(encoded.inline);
  const sameAttributes = (a: Record<string, string>, b: Record<string, string>) =>
    Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([name, value]) => b[name] === value);
  const write = (node: AnyNode): string => {
    if (node instanceof Text) return escapeText(node.data);
    if (!(node instanceof Element)) return '';
    const inner = node.children.map(write).join('');
    const match = [...unused].find(([, original]) => original.name === node.name && sameAttributes(original.attribs, node.attribs));
    if (!match) return inner;
    unused.delete(match[0]);
    return `<${node.name} id="${match[0]}">${inner}</${node.name}>`;
  };
  return parse(html).children.map(write).join('').trim();
}
