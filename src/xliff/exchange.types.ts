/** What XLIFF files carry between Diwan and a translation agency, whichever XLIFF version writes it. */

/** Inline content: text, a code spanning text (a link, emphasis), or a standalone code (an image, protected text). */
export type Inline = string | { pair: string; children: Inline[] } | { standalone: string; display?: string };

export interface ExchangeUnit {
  /** `u1`, `u2`… in segment order. */
  id: string;
  source: Inline[];
  /** Null while untranslated. */
  target: Inline[] | null;
  /** Glossary terms the segment holds, for the translator. */
  notes: string[];
}

export interface ExchangeFile {
  /** `story-12`. */
  id: string;
  /** `diwan:story:12:en:5` — the story, its original's language and revision the file was made from. */
  original: string;
  /** For the whole file: the renderings the glossary forbids in the target language. */
  notes: string[];
  units: ExchangeUnit[];
}

export interface ExchangeDocument {
  sourceLanguage: string;
  targetLanguage: string | null;
  files: ExchangeFile[];
}

export type XliffVersion = '2.1' | '1.2';
