/**
 * The organization's glossary: entries kept in memory on every instance (engines read them for every story),
 * changed by editors with each change in the audit log, and imported or exported as CSV or TBX-Basic. A change
 * is announced as "everything": every page is rendered again, and a machine translation whose segments hold a
 * changed term is rebuilt, sending only those segments to the engine again (`translation` keys its memory by
 * the terms a segment holds).
 */
import type { Kysely } from 'kysely';
import type { AuditService } from '../audit/index.ts';
import { type ChangeBus, changeOfEverything } from '../changes/index.ts';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../http/app-error.ts';
import { FormError } from '../http/form-error.ts';
import * as repo from './glossary.repository.ts';
import type { GlossaryEntry, GlossaryInput, PairGlossary } from './glossary.types.ts';
import { glossaryFromCsv } from './glossary-csv.ts';
import { checkEntry, type RawEntry, requireEntry, sameEntry } from './glossary-rules.ts';
import { glossaryFromTbx } from './glossary-tbx.ts';
import { pairGlossary } from './term-matching.ts';

export const MAX_IMPORT_ENTRIES = 5000;

export type GlossaryFormat = 'csv' | 'tbx';

export interface ImportOutcome {
  added: number;
  updated: number;
  /** Lines that could not be read, with the field that is wrong. */
  skipped: { line: number; field: string }[];
}

export interface GlossaryService {
  load(): Promise<void>;
  entries(): readonly GlossaryEntry[];
  entry(id: number): GlossaryEntry;
  /** The entries that apply to translating `from` into `to`. */
  forPair(from: string, to: string): PairGlossary;
  add(raw: RawEntry, userId: number): Promise<GlossaryEntry>;
  update(id: number, raw: RawEntry, userId: number): Promise<void>;
  remove(id: number, userId: number): Promise<void>;
  importFile(format: GlossaryFormat, text: string, userId: number): Promise<ImportOutcome>;
}

export interface GlossaryDeps {
  db: Kysely<Database>;
  audit: Pick<AuditService, 'record'>;
  changes: ChangeBus;
  now?: () => Date;
}

export function createGlossaryService({ db, audit, changes, now = () => new Date() }: GlossaryDeps): GlossaryService {
  let entries: GlossaryEntry[] = [];
  let pairs = new Map<string, PairGlossary>();

  const load = async () => {
    entries = await repo.listEntries(db);
    pairs = new Map();
  };
  changes.onReload(async (change) => {
    if ('everything' in change) await load();
  });

  async function changed() {
    await load();
    await changes.publish(changeOfEverything());
  }

  function refuseDuplicate(entry: GlossaryInput, except: number | null) {
    if (entries.some((other) => other.id !== except && sameEntry(other, entry))) throw new FormError('glossary.invalid', { term: 'admin.glossary.duplicate' });
  }

  function readFile(format: GlossaryFormat, text: string) {
    try {
      return format === 'csv' ? glossaryFromCsv(text) : glossaryFromTbx(text);
    } catch (error) {
      throw new AppError('glossary.file_invalid', (error as Error).message);
    }
  }

  return {
    load,
    entries: () => entries,
    entry(id) {
      const found = entries.find((entry) => entry.id === id);
      if (!found) throw new AppError('glossary.not_found', `No glossary entry ${id}`);
      return found;
    },
    forPair(from, to) {
      const key = `${from}>${to}`;
      let pair = pairs.get(key);
      if (!pair) {
        pair = pairGlossary(entries, from, to);
        pairs.set(key, pair);
      }
      return pair;
    },
    async add(raw, userId) {
      const entry = requireEntry(raw);
      refuseDuplicate(entry, null);
      const [id] = await repo.insertEntries(db, [entry], userId, now().toISOString());
      await audit.record(userId, 'glossary.add', `glossary:${id}`, { ...entry });
      await changed();
      return this.entry(id!);
    },
    async update(id, raw, userId) {
      const before = this.entry(id);
      const entry = requireEntry(raw);
      refuseDuplicate(entry, id);
      await repo.updateEntry(db, id, entry, userId, now().toISOString());
      await audit.record(userId, 'glossary.update', `glossary:${id}`, { before: { ...before }, after: { ...entry } });
      await changed();
    },
    async remove(id, userId) {
      const before = this.entry(id);
      await repo.deleteEntry(db, id);
      await audit.record(userId, 'glossary.delete', `glossary:${id}`, { ...before });
      await changed();
    },
    async importFile(format, text, userId) {
      const rows = readFile(format, text);
      if (rows.length > MAX_IMPORT_ENTRIES)
        throw new AppError('glossary.file_invalid', `the file has ${rows.length} entries; at most ${MAX_IMPORT_ENTRIES} at once`);
      const outcome: ImportOutcome = { added: 0, updated: 0, skipped: [] };
      const fresh: GlossaryInput[] = [];
      const updates: { id: number; entry: GlossaryInput }[] = [];
      for (const { line, raw } of rows) {
        const checked = raw ? checkEntry(raw) : { errors: { term: 'admin.glossary.conceptUnclear' } };
        if ('errors' in checked) {
          outcome.skipped.push({ line, field: Object.keys(checked.errors)[0]! });
          continue;
        }
        const existing = entries.find((entry) => sameEntry(entry, checked.entry));
        if (existing) updates.push({ id: existing.id, entry: checked.entry });
        else if (!fresh.some((entry) => sameEntry(entry, checked.entry))) fresh.push(checked.entry);
      }
      const at = now().toISOString();
      await inTransaction(db, async (trx) => {
        for (const { id, entry } of updates) await repo.updateEntry(trx, id, entry, userId, at);
        outcome.added = (await repo.insertEntries(trx, fresh, userId, at)).length;
      });
      outcome.updated = updates.length;
      await audit.record(userId, 'glossary.import', `glossary:${format}`, { added: outcome.added, updated: outcome.updated, skipped: outcome.skipped.length });
      await changed();
      return outcome;
    },
  };
}
