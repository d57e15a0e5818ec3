/**
 * Reading XML that strangers upload (XLIFF from agencies, TBX and other terminology files) into a small tree,
 * safely. The parser (saxes) is strict and namespace-aware and never fetches anything; a document type
 * declaration is refused outright, so no external entity is resolved and no entity is expanded (the "billion
 * laughs"): only XML's five predefined entities and character references are read. Depth and element count are
 * bounded, so a hostile file costs one linear pass.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Local name, without prefix. */
  name: string;
  namespace: string;
  /** Attributes by local name (`xml:lang` is `lang`, in the XML namespace, kept as `xml:lang` too). */
  attributes: Record<string, string>;
  children: XmlNode[];
  /** 1-based line where the element starts, for messages. */
  line: number;
}

export type XmlNode = XmlElement | string;

export class XmlRefused extends Error {
  override name = 'XmlRefused';
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(line === null ? message : `line ${line}: ${message}`);
  }
}

export interface XmlLimits {
  maxDepth: number;
  maxElements: number;
}

const DEFAULT_LIMITS: XmlLimits = { maxDepth: 64, maxElements: 200_000 };

/** The document's root element; throws XmlRefused with the line of the first problem. */
export function readXml(text: string, limits: XmlLimits = DEFAULT_LIMITS): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let elements = 0;
  let failure: XmlRefused | null = null;
  const fail = (message: string) => {
    failure ??= new XmlRefused(message, parser.line);
  };
  /** Stops the parse at once: past a limit, every further element would only cost more. */
  const stop = (message: string): never => {
    fail(message);
    throw failure;
  };

  parser.on('doctype', () => stop('a document type declaration (DOCTYPE) is not accepted'));
  // saxes prefixes its messages with the position, which XmlRefused says its own way.
  const reason = (error: Error) => error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
  parser.on('error', (error) => fail(reason(error)));
  parser.on('opentag', (tag) => {
    if (failure) return;
    elements++;
    if (stack.length >= limits.maxDepth) stop(`elements are nested more than ${limits.maxDepth} deep`);
    if (elements > limits.maxElements) stop(`more than ${limits.maxElements} elements`);
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      attributes[attribute.prefix === 'xml' ? `xml:${attribute.local}` : attribute.local] = attribute.value;
    }
    const element: XmlElement = { name: tag.local, namespace: tag.uri, attributes, children: [], line: parser.line };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  const addText = (chunk: string) => {
    const parent = stack.at(-1);
    if (!parent || failure) return;
    const last = parent.children.at(-1);
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + chunk;
    else parent.children.push(chunk);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  try {
    parser.write(text);
    if (!failure) parser.close();
  } catch (error) {
    if (error !== failure) fail(reason(error as Error));
  }
  if (failure) throw failure;
  if (!root) throw new XmlRefused('the file holds no XML element', null);
  return root;
}

/** The element children of `element` named `name` (any namespace). */
export const childrenNamed = (element: XmlElement, name: string) =>
  element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);

/** All the text inside `node`, markup left out. */
export function textContent(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}

/** Text with `&`, `<`, `>` and quotes escaped, for element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
