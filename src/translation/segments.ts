/**
 * Cuts a story into the segments an engine translates, and puts the translations back.
 *
 * Each block of the body (paragraph, heading, list item, quote, caption, table cell) is one segment,
 * its inline markup travelling inside it; image alt texts are segments of their own. How inline content
 * travels (placeholders for markup, protected text and glossary terms) is in `segment-codes.ts`.
 */
import render from 'dom-serializer';
import { type AnyNode, Element, Text } from 'domhandler';
import type { PairGlossary, PairTerm } from '../glossary/index.ts';
import { decode, type EncodedSegment, encode, encodeTranslation, parse, textOf } from './segment-codes.ts';

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
const SERIALIZE = { encodeEntities: 'utf8', decodeEntities: true } as const;

/** What goes to the engine for one segment, and how its answer becomes HTML again. */
interface Slot {
  source: string;
  /** The source as HTML, as it was before any restoring. */
  sourceHtml: string;
  encoded: EncodedSegment;
  /** The leaf block holding the segment, counted in document order; null for the title, summary and alt texts. */
  block: number | null;
  restore(translated: string): void;
}

/** One segment as the glossary, the check and reviewers see it. */
export interface SegmentInfo {
  /** What goes to the engine. */
  source: string;
  /** The glossary terms it holds. */
  terms: PairTerm[];
  /** The leaf block (paragraph, heading, list item…) it is, counted in document order; null for title, summary, alt texts. */
  block: number | null;
}

export interface SegmentedStory {
  /** Engine-ready fragments: title, summary, then body blocks and alt texts in document order. */
  segments: string[];
  info: SegmentInfo[];
  /** The story with each segment replaced by its translation (same order as `segments`). */
  rebuild(translated: readonly string[]): { title: string; summary: string; bodyHtml: string };
  /** One segment's translation as HTML, every placeholder restored. */
  renderSegment(index: number, translated: string): string;
  /** One segment's source as HTML (its own markup, without the block around it). */
  sourceHtml(index: number): string;
  /** One segment's source as text. */
  sourceText(index: number): string;
  /** One segment's translation as text, every placeholder restored. */
  segmentText(index: number, translated: string): string;
  /** A person's HTML translation of a segment in the placeholder form the memory keeps (see `encodeTranslation`). */
  encodeTranslation(index: number, html: string): string;
}

interface Context {
  names: readonly string[];
  glossary: PairGlossary | null;
  slots: Slot[];
  blocks: number;
}

const isBlock = (node: AnyNode): node is Element => node instanceof Element && BLOCKS.has(node.name);
const hasBlockInside = (element: Element): boolean => element.children.some((child) => isBlock(child) || (child instanceof Element && hasBlockInside(child)));
const language = (context: Context) => context.glossary?.to ?? '';

function replaceChildren(parent: Element, start: number, count: number, nodes: AnyNode[]) {
  for (const node of nodes) node.parent = parent;
  parent.children.splice(start, count, ...nodes);
  parent.children.forEach((child, index) => {
    child.prev = parent.children[index - 1] ?? null;
    child.next = parent.children[index + 1] ?? null;
  });
}

function collectSlots(parent: Element, context: Context): void {
  // Runs of inline content directly inside a container that also holds blocks (`<li>Text <ul>…`).
  let runStart = -1;
  const flush = (end: number) => {
    if (runStart < 0) return;
    const start = runStart;
    runStart = -1;
    const nodes = parent.children.slice(start, end);
    if (nodes.every((node) => textOf(node).trim() === '' && !(node instanceof Element && node.name === 'img'))) return;
    addSlot(nodes, context, null, (restored) => replaceChildren(parent, parent.children.indexOf(nodes[0]!), nodes.length, restored));
  };
  parent.children.forEach((child, index) => {
    if (child instanceof Element && child.name === 'img') {
      flush(index);
      if (child.attribs.alt?.trim()) context.slots.push(altSlot(child, context));
      return;
    }
    if (isBlock(child)) {
      flush(index);
      if (hasBlockInside(child)) collectSlots(child, context);
      else collectLeaf(child, context);
      return;
    }
    if (runStart < 0) runStart = index;
  });
  flush(parent.children.length);
}

function collectLeaf(block: Element, context: Context): void {
  const number = context.blocks++;
  const images = block.children.filter((child): child is Element => child instanceof Element && child.name === 'img');
  if (textOf(block).trim() !== '') addSlot([...block.children], context, number, (restored) => replaceChildren(block, 0, block.children.length, restored));
  for (const image of images) if (image.attribs.alt?.trim()) context.slots.push(altSlot(image, context));
}

function addSlot(nodes: AnyNode[], context: Context, block: number | null, put: (nodes: AnyNode[]) => void) {
  const encoded = encode(nodes, context.names, context.glossary);
  context.slots.push({
    source: encoded.html,
    sourceHtml: render(nodes, SERIALIZE).trim(),
    encoded,
    block,
    restore: (translated) => put(decode(translated, encoded, language(context))),
  });
}

function textSlot(text: string, context: Context, put: (value: string) => void): Slot {
  const encoded = encode([new Text(text)], context.names, context.glossary);
  return {
    source: encoded.html,
    sourceHtml: render([new Text(text)], SERIALIZE),
    encoded,
    block: null,
    restore: (translated) => put(decode(translated, encoded, language(context)).map(textOf).join('').trim()),
  };
}

function altSlot(image: Element, context: Context): Slot {
  return textSlot(image.attribs.alt!, context, (value) => (image.attribs.alt = value));
}

interface StoryText {
  title: string;
  summary: string;
  bodyHtml: string;
}

function prepare(story: StoryText, names: readonly string[], glossary: PairGlossary | null) {
  const document = parse(story.bodyHtml);
  const root = new Element('div', {}, document.children);
  for (const child of root.children) child.parent = root;
  const result = { title: story.title, summary: story.summary, bodyHtml: '' };
  const context: Context = { names, glossary, slots: [], blocks: 0 };
  context.slots.push(textSlot(story.title, context, (value) => (result.title = value)));
  if (story.summary.trim()) context.slots.push(textSlot(story.summary, context, (value) => (result.summary = value)));
  collectSlots(root, context);
  return { root, result, slots: context.slots };
}

/**
 * Segments `story` for translation; `glossary` (the pair's terms) sends its terms as placeholders and restores
 * them in their target form.
 */
export function segmentStory(story: StoryText, protectedNames: readonly string[], glossary: PairGlossary | null = null): SegmentedStory {
  const { slots } = prepare(story, protectedNames, glossary);
  const segments = slots.map((slot) => slot.source);
  return {
    segments,
    info: slots.map((slot) => ({ source: slot.source, block: slot.block, terms: [...new Set([...slot.encoded.terms.values()].map((t) => t.term))] })),
    rebuild(translated) {
      if (translated.length !== segments.length) throw new Error(`expected ${segments.length} translated segments, got ${translated.length}`);
      // Restoring works on a fresh parse, so rebuilding twice gives the same result.
      const fresh = prepare(story, protectedNames, glossary);
      // An image's alt text comes after the block holding the image; restoring backwards sets the
      // alt on the original element before the block copies its attributes.
      for (let i = fresh.slots.length - 1; i >= 0; i--) fresh.slots[i]!.restore(translated[i]!);
      return { ...fresh.result, bodyHtml: render(fresh.root.children, SERIALIZE) };
    },
    renderSegment(index, translated) {
      return render(decode(translated, slots[index]!.encoded, glossary?.to ?? ''), SERIALIZE).trim();
    },
    sourceHtml: (index) => slots[index]!.sourceHtml,
    sourceText: (index) => parse(slots[index]!.sourceHtml).children.map(textOf).join('').trim(),
    segmentText: (index, translated) =>
      decode(translated, slots[index]!.encoded, glossary?.to ?? '')
        .map(textOf)
        .join('')
        .trim(),
    encodeTranslation: (index, html) => encodeTranslation(html, slots[index]!.encoded),
  };
}

/**
 * The body with the HTML `extra(n, name)` gives appended inside each leaf block (n counted as in `SegmentInfo.block`,
 * `name` the block's element); the translation has the structure of its source, so block n of a machine
 * translation is the translation of block n of the source.
 */
export function appendToBlocks(bodyHtml: string, extra: (block: number, name: string) => string | null): string {
  const document = parse(bodyHtml);
  let count = 0;
  const walk = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (!isBlock(node)) continue;
      if (hasBlockInside(node)) {
        walk(node.children);
        continue;
      }
      const added = extra(count++, node.name);
      if (added) replaceChildren(node, node.children.length, 0, parse(added).children);
    }
  };
  walk(document.children);
  return render(document.children, SERIALIZE);
}
