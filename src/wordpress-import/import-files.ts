/**
 * The two optional CSV files: which categories are Member States (`--map-categories`: category slug or
 * name, ISO 3166-1 alpha-2 code), and WPML's translation links (`--wpml-translations`: its
 * `icl_translations` rows, `element_id, trid, language_code`), which WPML keeps out of the export.
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { AppError } from '../http/app-error.ts';
import type { WpmlPlaces } from './import-run.ts';

function readRows(file: string, columns: string[]): Record<string, string>[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('import.invalid_option', `Cannot read ${file}: ${(error as Error).message}`);
  }
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  } catch (error) {
    throw new AppError('import.invalid_option', `${file} is not a CSV file: ${(error as Error).message}`);
  }
  // A first row naming the columns is optional.
  if (rows[0] && columns.every((column, i) => rows[0]![i]?.toLowerCase() === column)) rows.shift();
  return rows.map((row, line) => {
    if (row.length < columns.length) throw new AppError('import.invalid_option', `${file}, row ${line + 1}: expected ${columns.join(', ')}`);
    return Object.fromEntries(columns.map((column, i) => [column, row[i]!]));
  });
}

/** Category slug or name → Member State code. */
export function readCategoryMap(file: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of readRows(file, ['category', 'member_state'])) {
    const code = row.member_state!.toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) throw new AppError('import.invalid_option', `${file}: "${row.member_state}" is not an ISO 3166-1 alpha-2 code`);
    map.set(row.category!, code);
  }
  return map;
}

/** WordPress post id → its WPML translation group and language. */
export function readWpmlTranslations(file: string): WpmlPlaces {
  const places: WpmlPlaces = new Map();
  for (const row of readRows(file, ['element_id', 'trid', 'language_code'])) {
    const id = Number(row.element_id);
    if (!Number.isInteger(id) || id <= 0) throw new AppError('import.invalid_option', `${file}: "${row.element_id}" is not a post id`);
    places.set(id, { trid: row.trid!, language: row.language_code! });
  }
  return places;
}
