/** What makes a glossary entry acceptable, from the admin's form or from an imported file. */
import { FormError } from '../http/form-error.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { GLOSSARY_KINDS, type GlossaryEntry, type GlossaryInput, type GlossaryKind } from './glossary.types.ts';

export const MAX_TERM_LENGTH = 200;
export const MAX_NOTE_LENGTH = 500;
/** Tabs and line breaks would break DeepL's glossary entries and the CSV/TBX files; no control character is text. */
const CONTROL = /\p{Cc}/u;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Raw values, as strings, before they are checked. */
export interface RawEntry {
  kind: string;
  sourceLanguage: string;
  targetLanguage: string;
  term: string;
  translation: string;
  note: string;
}

const languageOrNull = (value: string) => (value.trim() === '' || value.trim() === '*' ? null : value.trim());

/** The entry, or the fields that are wrong (each a catalog key). */
export function checkEntry(raw: RawEntry): { entry: GlossaryInput } | { errors: Partial<Record<keyof RawEntry, MessageKey>> } {
  const errors: Partial<Record<keyof RawEntry, MessageKey>> = {};
  const kind = raw.kind.trim() as GlossaryKind;
  const sourceLanguage = languageOrNull(raw.sourceLanguage);
  const targetLanguage = languageOrNull(raw.targetLanguage);
  const term = raw.term.trim().replace(/\s+/gu, ' ');
  const translation = raw.translation.trim().replace(/\s+/gu, ' ');
  const note = raw.note.trim();
  if (!GLOSSARY_KINDS.includes(kind)) errors.kind = 'admin.error.invalidChoice';
  if (sourceLanguage !== null && !LANGUAGE.test(sourceLanguage)) errors.sourceLanguage = 'admin.glossary.languageInvalid';
  if (targetLanguage !== null && !LANGUAGE.test(targetLanguage)) errors.targetLanguage = 'admin.glossary.languageInvalid';
  else if (targetLanguage !== null && targetLanguage === sourceLanguage) errors.targetLanguage = 'admin.glossary.sameLanguages';
  else if (kind === 'force' && targetLanguage === null) errors.targetLanguage = 'admin.glossary.targetRequired';
  if (term === '') errors.term = 'admin.error.required';
  else if (term.length > MAX_TERM_LENGTH) errors.term = 'admin.error.tooLong';
  else if (CONTROL.test(raw.term.trim())) errors.term = 'admin.glossary.textInvalid';
  if (kind === 'force' && translation === '') errors.translation = 'admin.error.required';
  else if (translation.length > MAX_TERM_LENGTH) errors.translation = 'admin.error.tooLong';
  else if (CONTROL.test(raw.translation.trim())) errors.translation = 'admin.glossary.textInvalid';
  if (note.length > MAX_NOTE_LENGTH) errors.note = 'admin.error.tooLong';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    entry: { kind, sourceLanguage, targetLanguage, term, translation: kind === 'keep' || translation === '' ? null : translation, note },
  };
}

export function requireEntry(raw: RawEntry): GlossaryInput {
  const checked = checkEntry(raw);
  if ('errors' in checked) throw new FormError('glossary.invalid', checked.errors);
  return checked.entry;
}

/** Two entries are the same when they say something about the same words, of the same kind, for the same pair. */
export const sameEntry = (a: GlossaryInput | GlossaryEntry, b: GlossaryInput | GlossaryEntry) =>
  a.kind === b.kind &&
  a.sourceLanguage === b.sourceLanguage &&
  a.targetLanguage === b.targetLanguage &&
  a.term.toLocaleLowerCase() === b.term.toLocaleLowerCase();
