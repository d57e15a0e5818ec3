/**
 * Writing XLIFF 2.1 (OASIS, 2018) and XLIFF 1.2 (2008, for older tools). No pretty-printing inside `<source>`
 * and `<target>`, where whitespace is text. Inline markup becomes XLIFF's inline codes: a code spanning text is
 * `<pc>` (2.1) or `<g>` (1.2), a standalone one `<ph>` or `<x>`. Both outputs are validated against the OASIS
 * schemas in the tests (`schemas/`). The `xliff` package on npm was not used: it pretty-prints mixed content
 * (adding line breaks to the text) and, reading, keeps only the last `<segment>` of a unit and drops the text
 * of `<mrk>` — agencies' tools write both.
 */
import { escapeXml } from '../text/safe-xml.ts';
import type { ExchangeDocument, ExchangeFile, ExchangeUnit, Inline, XliffVersion } from './exchange.types.ts';

function inline21(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escapeXml(node);
      if ('pair' in node) return `<pc id="${escapeXml(node.pair)}">${inline21(node.children)}</pc>`;
      return `<ph id="${escapeXml(node.standalone)}"${node.display ? ` disp="${escapeXml(node.display)}"` : ''}/>`;
    })
    .join('');
}

function inline12(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escapeXml(node);
      if ('pair' in node) return `<g id="${escapeXml(node.pair)}">${inline12(node.children)}</g>`;
      return `<x id="${escapeXml(node.standalone)}"${node.display ? ` equiv-text="${escapeXml(node.display)}"` : ''}/>`;
    })
    .join('');
}

function unit21(unit: ExchangeUnit): string {
  const notes = unit.notes.length > 0 ? `<notes>${unit.notes.map((note) => `<note category="glossary">${escapeXml(note)}</note>`).join('')}</notes>` : '';
  const target = unit.target ? `<target>${inline21(unit.target)}</target>` : '';
  return `    <unit id="${escapeXml(unit.id)}">${notes}<segment><source>${inline21(unit.source)}</source>${target}</segment></unit>`;
}

function unit12(unit: ExchangeUnit, targetLanguage: string | null): string {
  const target = unit.target ? `<target xml:lang="${escapeXml(targetLanguage ?? '')}">${inline12(unit.target)}</target>` : '';
  const notes = unit.notes.map((note) => `<note from="glossary">${escapeXml(note)}</note>`).join('');
  return `      <trans-unit id="${escapeXml(unit.id)}"><source>${inline12(unit.source)}</source>${target}${notes}</trans-unit>`;
}

function file21(file: ExchangeFile): string {
  const notes = file.notes.length > 0 ? [`    <notes>${file.notes.map((note) => `<note category="glossary">${escapeXml(note)}</note>`).join('')}</notes>`] : [];
  return [`  <file id="${escapeXml(file.id)}" original="${escapeXml(file.original)}">`, ...notes, ...file.units.map(unit21), '  </file>'].join('\n');
}

function file12(file: ExchangeFile, document: ExchangeDocument): string {
  const target = document.targetLanguage ? ` target-language="${escapeXml(document.targetLanguage)}"` : '';
  return [
    `  <file original="${escapeXml(file.original)}" datatype="html" source-language="${escapeXml(document.sourceLanguage)}"${target}>`,
    ...(file.notes.length > 0 ? [`    <header>${file.notes.map((note) => `<note from="glossary">${escapeXml(note)}</note>`).join('')}</header>`] : []),
    '    <body>',
    ...file.units.map((unit) => unit12(unit, document.targetLanguage)),
    '    </body>',
    '  </file>',
  ].join('\n');
}

export function writeXliff(document: ExchangeDocument, version: XliffVersion): string {
  const head = '<?xml version="1.0" encoding="UTF-8"?>';
  if (version === '1.2') {
    return [
      head,
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
      ...document.files.map((file) => file12(file, document)),
      '</xliff>',
      '',
    ].join('\n');
  }
  const target = document.targetLanguage ? ` trgLang="${escapeXml(document.targetLanguage)}"` : '';
  return [
    head,
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="${escapeXml(document.sourceLanguage)}"${target}>`,
    ...document.files.map(file21),
    '</xliff>',
    '',
  ].join('\n');
}
