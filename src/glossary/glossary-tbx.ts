/**
 * The glossary as TBX-Basic (ISO 30042:2019, DCA style), which terminology tools exchange. No maintained TBX
 * library exists on npm, so this is a small writer and reader (tested by round trips and against files in both
 * TBX-Basic generations). One concept entry per glossary entry:
 *
 * - always translate as: the source term's language section and the target's, both `preferredTerm-admn-sts`;
 * - keep as is: the term in its language section (and the same term in the target's, when the entry has one);
 * - forbidden: the rendering in the target's language section as `deprecatedTerm-admn-sts`, and the rendering to
 *   use instead, if any, as `preferredTerm-admn-sts` beside it.
 *
 * "Any language" is `xml:lang="und"` (undetermined). The reader also takes TBX v2 files (`martif`, `termEntry`,
 * `langSet`, `tig`), which many tools still write.
 */
import { childrenNamed, escapeXml, readXml, textContent, type XmlElement } from '../text/safe-xml.ts';
import type { GlossaryEntry } from './glossary.types.ts';
import type { RawEntry } from './glossary-rules.ts';

const ANY = 'und';
const PREFERRED = 'preferredTerm-admn-sts';
const DEPRECATED = 'deprecatedTerm-admn-sts';

function termSec(term: string, status: string, note: string) {
  const noteXml = note ? `<note>${escapeXml(note)}</note>` : '';
  return `<termSec><term>${escapeXml(term)}</term><termNote type="administrativeStatus">${status}</termNote>${noteXml}</termSec>`;
}

const langSec = (language: string | null, content: string) => `<langSec xml:lang="${escapeXml(language ?? ANY)}">${content}</langSec>`;

function conceptOf(entry: GlossaryEntry): string {
  const sections =
    entry.kind === 'force'
      ? [langSec(entry.sourceLanguage, termSec(entry.term, PREFERRED, entry.note)), langSec(entry.targetLanguage, termSec(entry.translation!, PREFERRED, ''))]
      : entry.kind === 'keep'
        ? [
            langSec(entry.sourceLanguage, termSec(entry.term, PREFERRED, entry.note)),
            ...(entry.targetLanguage ? [langSec(entry.targetLanguage, termSec(entry.term, PREFERRED, ''))] : []),
          ]
        : [langSec(entry.targetLanguage, termSec(entry.term, DEPRECATED, entry.note) + (entry.translation ? termSec(entry.translation, PREFERRED, '') : ''))];
  return `<conceptEntry id="c${entry.id}">${sections.join('')}</conceptEntry>`;
}

export function glossaryToTbx(entries: readonly GlossaryEntry[], title: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    `<tbxHeader><fileDesc><sourceDesc><p>${escapeXml(title)}</p></sourceDesc></fileDesc></tbxHeader>`,
    '<text><body>',
    ...entries.map(conceptOf),
    '</body></text>',
    '</tbx>',
    '',
  ].join('\n');
}

interface ReadTerm {
  language: string;
  term: string;
  deprecated: boolean;
  note: string;
}

/** The terms of one concept entry, whichever TBX generation wrote it. */
function termsOf(concept: XmlElement): ReadTerm[] {
  const sections = [...childrenNamed(concept, 'langSec'), ...childrenNamed(concept, 'langSet')];
  return sections.flatMap((section) => {
    const language = section.attributes['xml:lang'] ?? ANY;
    const holders = [...childrenNamed(section, 'termSec'), ...childrenNamed(section, 'tig'), ...childrenNamed(section, 'ntig')];
    return holders.flatMap((holder) => {
      const inner = holder.name === 'ntig' ? (childrenNamed(holder, 'termGrp')[0] ?? holder) : holder;
      const term = childrenNamed(inner, 'term')[0];
      if (!term) return [];
      const status = childrenNamed(inner, 'termNote').find((note) => note.attributes.type === 'administrativeStatus');
      const note = [...childrenNamed(holder, 'note'), ...childrenNamed(inner, 'note')][0];
      const deprecated = /^(deprecated|superseded)/.test(status ? textContent(status).trim() : '');
      return [{ language, term: textContent(term).trim(), deprecated, note: note ? textContent(note).trim() : '' }];
    });
  });
}

const languageOf = (language: string) => (language === ANY ? '' : language);

/** Reads a concept entry as a glossary entry, by the conventions above; a concept that fits none is skipped with its line. */
function entryOf(concept: XmlElement): RawEntry | null {
  const terms = termsOf(concept);
  const note = terms.find((term) => term.note)?.note ?? '';
  const forbidden = terms.find((term) => term.deprecated);
  if (forbidden) {
    const instead = terms.find((term) => !term.deprecated && term.language === forbidden.language);
    return { kind: 'forbid', sourceLanguage: '', targetLanguage: languageOf(forbidden.language), term: forbidden.term, translation: instead?.term ?? '', note };
  }
  const [source, target] = terms;
  if (!source || terms.length > 2) return null;
  if (!target || target.term === source.term) {
    return {
      kind: 'keep',
      sourceLanguage: languageOf(source.language),
      targetLanguage: languageOf(target?.language ?? ANY),
      term: source.term,
      translation: '',
      note,
    };
  }
  return {
    kind: 'force',
    sourceLanguage: languageOf(source.language),
    targetLanguage: languageOf(target.language),
    term: source.term,
    translation: target.term,
    note,
  };
}

/** The entries of a TBX file with their lines; throws with a message naming the problem. */
export function glossaryFromTbx(text: string): { line: number; raw: RawEntry | null }[] {
  const root = readXml(text);
  if (root.name !== 'tbx' && root.name !== 'martif') throw new Error(`the file's root element is <${root.name}>, not <tbx> or <martif>`);
  const body = childrenNamed(root, 'text').flatMap((element) => childrenNamed(element, 'body'))[0];
  if (!body) throw new Error('the file has no <text><body>');
  return [...childrenNamed(body, 'conceptEntry'), ...childrenNamed(body, 'termEntry')].map((concept) => ({ line: concept.line, raw: entryOf(concept) }));
}
