/**
 * Reading an XLIFF 2.x or 1.2 file as agencies' tools give it back, with the safe XML reader (no DOCTYPE, no
 * entity expansion). What tools add is taken in: several `<segment>`s in a unit (and `<ignorable>` between them),
 * `<mrk>` annotations and 1.2's `<seg-source>`/`<mrk mtype="seg">` segmentation (their text kept), and codes
 * written as start/end pairs (`<sc>`/`<ec>`, `<bx>`/`<ex>`, `<bpt>`/`<ept>`) instead of one spanning code. A pair
 * that does not close, or closes out of order, is refused.
 */
import { childrenNamed, readXml, type XmlElement, type XmlNode, XmlRefused } from '../text/safe-xml.ts';
import type { ExchangeDocument, ExchangeFile, ExchangeUnit, Inline } from './exchange.types.ts';

/** A file Diwan cannot read as XLIFF; the message says what and where. */
export class XliffRefused extends Error {
  override name = 'XliffRefused';
}

const SPANNING = new Set(['pc', 'g']);
const STANDALONE = new Set(['ph', 'x', 'cp']);
const OPENING = new Set(['sc', 'bx', 'bpt']);
const CLOSING = new Set(['ec', 'ex', 'ept']);
const TRANSPARENT = new Set(['mrk', 'sm', 'em', 'it', 'sub']);

/** Inline content, start/end pairs folded into spanning codes. */
function inlineOf(nodes: readonly XmlNode[], where: string): Inline[] {
  const root: Inline[] = [];
  const open: { id: string; children: Inline[]; parent: Inline[] }[] = [];
  const current = () => open.at(-1)?.children ?? root;
  const walk = (list: readonly XmlNode[]) => {
    for (const node of list) {
      if (typeof node === 'string') {
        const into = current();
        if (typeof into.at(-1) === 'string') into[into.length - 1] += node;
        else into.push(node);
        continue;
      }
      const id = node.attributes.id ?? node.attributes.rid ?? '';
      if (SPANNING.has(node.name)) current().push({ pair: id, children: inlineOf(node.children, where) });
      else if (STANDALONE.has(node.name)) current().push({ standalone: id });
      else if (OPENING.has(node.name)) {
        const children: Inline[] = [];
        open.push({ id, children, parent: current() });
      } else if (CLOSING.has(node.name)) {
        const started = node.attributes.startRef ?? node.attributes.rid ?? node.attributes.id ?? '';
        const top = open.pop();
        if (!top || top.id !== started) throw new XliffRefused(`${where}: the inline code that ends at line ${node.line} does not close the last one opened`);
        top.parent.push({ pair: top.id, children: top.children });
      } else if (TRANSPARENT.has(node.name)) walk(node.children);
    }
  };
  walk(nodes);
  if (open.length > 0) throw new XliffRefused(`${where}: the inline code ${open.at(-1)!.id} is opened and never closed`);
  return root;
}

/** The content of several pieces (segments, or 1.2 `mrk` segments) as one. */
function joined(elements: readonly XmlElement[], name: 'source' | 'target', where: string, between: XmlNode[][]): Inline[] | null {
  const parts = elements.map((element) => childrenNamed(element, name)[0]);
  if (parts.every((part) => !part)) return null;
  const nodes: XmlNode[] = [];
  parts.forEach((part, i) => {
    if (i > 0) nodes.push(...(between[i - 1] ?? []));
    if (part) nodes.push(...part.children);
  });
  return inlineOf(nodes, where);
}

function unit2(unit: XmlElement, fileId: string): ExchangeUnit {
  const id = unit.attributes.id ?? '';
  const where = `file ${fileId}, unit ${id}`;
  const pieces = unit.children.filter((child): child is XmlElement => typeof child !== 'string' && (child.name === 'segment' || child.name === 'ignorable'));
  const segments = pieces.filter((piece) => piece.name === 'segment');
  // What lies between two segments (an <ignorable>'s source, usually a space) belongs to both texts.
  const between = segments.slice(1).map((segment) => {
    const gap = pieces.slice(pieces.indexOf(segments[segments.indexOf(segment) - 1]!) + 1, pieces.indexOf(segment));
    return gap.flatMap((piece) => childrenNamed(piece, 'source')[0]?.children ?? []);
  });
  return { id, source: joined(segments, 'source', where, between) ?? [], target: joined(segments, 'target', where, between), notes: [] };
}

function unit12(unit: XmlElement, fileId: string): ExchangeUnit {
  const id = unit.attributes.id ?? '';
  const where = `file ${fileId}, unit ${id}`;
  const source = childrenNamed(unit, 'source')[0];
  const target = childrenNamed(unit, 'target')[0];
  return { id, source: source ? inlineOf(source.children, where) : [], target: target ? inlineOf(target.children, where) : null, notes: [] };
}

/** Units in document order, groups flattened. */
function unitsIn(element: XmlElement, name: 'unit' | 'trans-unit'): XmlElement[] {
  return element.children.flatMap((child) => {
    if (typeof child === 'string') return [];
    if (child.name === name) return [child];
    return child.name === 'group' || child.name === 'body' ? unitsIn(child, name) : [];
  });
}

export function readXliff(text: string): ExchangeDocument {
  let root: XmlElement;
  try {
    root = readXml(text);
  } catch (error) {
    if (error instanceof XmlRefused) throw new XliffRefused(`the file is not well-formed XML: ${error.message}`);
    throw error;
  }
  if (root.name !== 'xliff') throw new XliffRefused(`the root element is <${root.name}>, not <xliff>`);
  const version = root.attributes.version ?? '';
  if (/^2\.[0-2]$/.test(version)) {
    const files: ExchangeFile[] = childrenNamed(root, 'file').map((file) => {
      const id = file.attributes.id ?? '';
      return { id, original: file.attributes.original ?? '', notes: [], units: unitsIn(file, 'unit').map((unit) => unit2(unit, id)) };
    });
    return { sourceLanguage: root.attributes.srcLang ?? '', targetLanguage: root.attributes.trgLang ?? null, files };
  }
  if (version === '1.2') {
    const files = childrenNamed(root, 'file');
    const files12: ExchangeFile[] = files.map((file) => {
      const original = file.attributes.original ?? '';
      return { id: original, original, notes: [], units: unitsIn(file, 'trans-unit').map((unit) => unit12(unit, original)) };
    });
    const first = files[0]?.attributes ?? {};
    return { sourceLanguage: first['source-language'] ?? '', targetLanguage: first['target-language'] ?? null, files: files12 };
  }
  throw new XliffRefused(`XLIFF version "${version}" is not read here (2.0, 2.1, 2.2 and 1.2 are)`);
}
