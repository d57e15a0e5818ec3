/**
 * Cuts a story into the segments an engine translates, and puts the translations back.
 *
 * Each block of the body (paragraph, heading, list item, quote, caption, table cell) is one segment,
 * its inline markup travelling inside it; image alt texts are segments of their own. Engines never
 * see an attribute: each inline element goes out as `<tag id="tN">` and comes back with its original
 * attributes, so links and images cannot be altered. Elements marked `translate="no"` and the
 * organization's names go out as `<span id="pN">` and come back exactly as they were.
 */
import render from 'dom-serializer';
import { type AnyNode, Element, Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { withinNestingLimit } from '../text/sanitize-body.ts';

const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'figcaption',
  'caption',
  'td',
  'th',
  'dt',
  'dd',
  'figure',
  'ul',
  'ol',
  'table',
  'thead',
  'tbody',
  'tr',
  'div',
  'section',
  'dl',
]);
const OPAQUE = new Set(['code', 'pre', 'script', 'style']);
const SERIALIZE = { encodeEntities: 'utf8', decodeEntities: true } as const;

/** What goes to the engine for one segment, and how its answer becomes HTML again. */
interface Slot {
  source: string;
  restore(translated: string): void;
}

export interface SegmentedStory {
  /** Engine-ready fragments: title, summary, then body blocks and alt texts in document order. */
  segments: string[];
  /** The story with each segment replaced by its translation (same order as `segments`). */
  rebuild(translated: readonly string[]): { title: string; summary: string; bodyHtml: string };
}

const isBlock = (node: AnyNode): node is Element => node instanceof Element && BLOCKS.has(node.name);
const hasBlockInside = (element: Element): boolean => element.children.some((child) => isBlock(child) || (child instanceof Element && hasBlockInside(child)));
const isProtected = (element: Element) => element.attribs.translate === 'no' || OPAQUE.has(element.name);
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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

/** One segment's outgoing HTML (placeholders instead of attributes), and the originals to restore. */
function encode(nodes: readonly AnyNode[], names: readonly string[]) {
  const inline = new Map<string, Element>();
  const kept = new Map<string, AnyNode>();
  const write = (node: AnyNode): string => {
    if (node instanceof Text) {
      return protectNames(node.data, names)
        .map((part) => {
          if (!part.name) return escapeText(part.text);
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
  return { html: nodes.map(write).join('').trim(), inline, kept };
}

function textOf(node: AnyNode): string {
  if (node instanceof Text) return node.data;
  return node instanceof Element ? node.children.map(textOf).join('') : '';
}

/** The engine's fragment as nodes, with every placeholder turned back into the original element. */
function decode(translated: string, inline: Map<string, Element>, kept: Map<string, AnyNode>): AnyNode[] {
  const restore = (node: AnyNode): AnyNode[] => {
    if (!(node instanceof Element)) return [node];
    const id = node.attribs.id ?? '';
    const protectedNode = kept.get(id);
    if (protectedNode) return [protectedNode.cloneNode(true)];
    const children = node.children.flatMap(restore);
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
  return parse(translated).children.flatMap(restore);
}

/**
 * Every walk here recurses, as do the serializer and `cloneNode`, and the parser slows with the square of the depth: a
 * body nested thousands deep (stored before bodies were bounded, imported, or an engine's answer) would take seconds
 * and overflow the stack. Nothing is parsed past the depth the sanitizer allows, so no walk goes deeper.
 */
function parse(html: string) {
  return parseDocument(withinNestingLimit(html), { decodeEntities: true });
}

function replaceChildren(parent: Element, start: number, count: number, nodes: AnyNode[]) {
  for (const node of nodes) node.parent = parent;
  parent.children.splice(start, count, ...nodes);
  parent.children.forEach((child, index) => {
    child.prev = parent.children[index - 1] ?? null;
    child.next = parent.children[index + 1] ?? null;
  });
}

function collectSlots(parent: Element, names: readonly string[], slots: Slot[]): void {
  // Runs of inline content directly inside a container that also holds blocks (`<li>Text <ul>…`).
  let runStart = -1;
  const flush = (end: number) => {
    if (runStart < 0) return;
    const start = runStart;
    runStart = -1;
    const nodes = parent.children.slice(start, end);
    if (nodes.every((node) => textOf(node).trim() === '' && !(node instanceof Element && node.name === 'img'))) return;
    addSlot(nodes, names, slots, (restored) => replaceChildren(parent, parent.children.indexOf(nodes[0]!), nodes.length, restored));
  };
  parent.children.forEach((child, index) => {
    if (child instanceof Element && child.name === 'img') {
      flush(index);
      if (child.attribs.alt?.trim()) slots.push(altSlot(child, names));
      return;
    }
    if (isBlock(child)) {
      flush(index);
      if (hasBlockInside(child)) collectSlots(child, names, slots);
      else collectLeaf(child, names, slots);
      return;
    }
    if (runStart < 0) runStart = index;
  });
  flush(parent.children.length);
}

function collectLeaf(block: Element, names: readonly string[], slots: Slot[]): void {
  const images = block.children.filter((child): child is Element => child instanceof Element && child.name === 'img');
  if (textOf(block).trim() !== '') addSlot([...block.children], names, slots, (restored) => replaceChildren(block, 0, block.children.length, restored));
  for (const image of images) if (image.attribs.alt?.trim()) slots.push(altSlot(image, names));
}

function addSlot(nodes: AnyNode[], names: readonly string[], slots: Slot[], put: (nodes: AnyNode[]) => void) {
  const { html, inline, kept } = encode(nodes, names);
  slots.push({ source: html, restore: (translated) => put(decode(translated, inline, kept)) });
}

function altSlot(image: Element, names: readonly string[]): Slot {
  const { html, kept } = encode([new Text(image.attribs.alt!)], names);
  return {
    source: html,
    restore(translated) {
      image.attribs.alt = decode(translated, new Map(), kept).map(textOf).join('').trim();
    },
  };
}

function textSlot(text: string, names: readonly string[], put: (value: string) => void): Slot {
  const { html, kept } = encode([new Text(text)], names);
  return { source: html, restore: (translated) => put(decode(translated, new Map(), kept).map(textOf).join('').trim()) };
}

function prepare(story: { title: string; summary: string; bodyHtml: string }, protectedNames: readonly string[]) {
  const document = parse(story.bodyHtml);
  const root = new Element('div', {}, document.children);
  for (const child of root.children) child.parent = root;
  const result = { title: story.title, summary: story.summary, bodyHtml: '' };
  const slots: Slot[] = [
    textSlot(story.title, protectedNames, (value) => (result.title = value)),
    ...(story.summary.trim() ? [textSlot(story.summary, protectedNames, (value) => (result.summary = value))] : []),
  ];
  collectSlots(root, protectedNames, slots);
  return { root, result, slots };
}

export function segmentStory(story: { title: string; summary: string; bodyHtml: string }, protectedNames: readonly string[]): SegmentedStory {
  const segments = prepare(story, protectedNames).slots.map((slot) => slot.source);
  return {
    segments,
    rebuild(translated) {
      if (translated.length !== segments.length) throw new Error(`expected ${segments.length} translated segments, got ${translated.length}`);
      // Restoring works on a fresh parse, so rebuilding twice gives the same result.
      const { root, result, slots } = prepare(story, protectedNames);
      // An image's alt text comes after the block holding the image; restoring backwards sets the
      // alt on the original element before the block copies its attributes.
      for (let i = slots.length - 1; i >= 0; i--) slots[i]!.restore(translated[i]!);
      return { ...result, bodyHtml: render(root.children, SERIALIZE) };
    },
  };
}
