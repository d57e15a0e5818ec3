/**
 * The glossary as CSV, for spreadsheets: one entry a row under the header
 * `kind,source_language,target_language,term,translation,note` (an empty language means every language). UTF-8
 * with a byte order mark, so Arabic opens right; a cell starting with `=`, `+`, `-` or `@` gets a leading `'` so no
 * spreadsheet runs it, and that `'` is taken off again on import.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { GlossaryEntry } from './glossary.types.ts';
import type { RawEntry } from './glossary-rules.ts';

export const CSV_COLUMNS = ['kind', 'source_language', 'target_language', 'term', 'translation', 'note'] as const;
const FORMULA = /^[=+\-@]/;

const defuse = (cell: string) => (FORMULA.test(cell) ? `'${cell}` : cell);
const restore = (cell: string) => (cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell);

export function glossaryToCsv(entries: readonly GlossaryEntry[]): string {
  const rows = entries.map((entry) =>
    [entry.kind, entry.sourceLanguage ?? '', entry.targetLanguage ?? '', entry.term, entry.translation ?? '', entry.note].map(defuse),
  );
  return `\ufeff${stringify([[...CSV_COLUMNS], ...rows])}`;
}

/** The rows of a CSV file as raw entries with their line numbers; throws with a message naming the problem. */
export function glossaryFromCsv(text: string): { line: number; raw: RawEntry }[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, { bom: true, columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()), skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new Error(`the file is not valid CSV: ${(error as Error).message}`);
  }
  const first = records[0];
  const missing = first ? CSV_COLUMNS.filter((column) => column !== 'note' && !(column in first)) : [];
  if (missing.length > 0) throw new Error(`the header lacks the column(s) ${missing.join(', ')} (expected ${CSV_COLUMNS.join(',')})`);
  return records.map((record, i) => ({
    line: i + 2,
    raw: {
      kind: restore(record.kind ?? ''),
      sourceLanguage: restore(record.source_language ?? ''),
      targetLanguage: restore(record.target_language ?? ''),
      term: restore(record.term ?? ''),
      translation: restore(record.translation ?? ''),
      note: restore(record.note ?? ''),
    },
  }));
}
