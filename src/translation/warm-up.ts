/**
 * `diwan translate --to <language> --all`: fills the translation memory and the stored machine
 * translations ahead of readers, so a story's first reader in that language does not wait for the
 * engine. Every published story whose original is in another language and that has no published
 * translation in that language goes through the same path as a reader's request (one story at a time,
 * memory first, engine for the rest); stories that already show a person's text there are left alone.
 */
import { languageNameIn } from '../i18n/locales.ts';
import type { Logger } from '../logger.ts';
import type { PublishedOriginal, StoriesService } from '../stories/index.ts';
import type { MachineTranslationService } from './machine-translation.service.ts';
import type { EngineUsageView } from './machine-translation-types.ts';

/** The request cannot be carried out as asked (no engine, a language no engine reaches): exit code 2. */
export class WarmUpRefused extends Error {
  override name = 'WarmUpRefused';
}

/** What the warm-up shows while it works: one call per story, in order. */
export interface WarmUpProgress {
  /** A story left out: no configured engine translates its original's language into this one. */
  skipped(slug: string, reason: string): void;
  start(total: number): void;
  /** About to translate the `index`-th story (1-based). */
  begin(index: number, slug: string): void;
  translated(index: number, slug: string): void;
  failed(index: number, slug: string, reason: string): void;
  finish(): void;
}

export interface WarmUpDeps {
  stories: Pick<StoriesService, 'originals'>;
  machine: Pick<MachineTranslationService, 'engines' | 'targetsFrom' | 'translateNow' | 'usage'>;
  progress: WarmUpProgress;
  /** Why engines could not be asked what they offer, if they could not (see `collectWarnings`). */
  engineProblems?: () => string[];
}

export interface WarmUpReport {
  language: string;
  /** Stories that needed a machine translation in the language and could get one. */
  attempted: number;
  translated: number;
  failed: { slug: string; reason: string }[];
  /** Stories whose original is in a language no engine translates into this one. */
  unreachable: { slug: string; from: string }[];
  /** Stories written in the language, or with a published translation in it. */
  notNeeded: number;
  usage: { before: EngineUsageView[]; after: EngineUsageView[] };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export async function warmUp(language: string, deps: WarmUpDeps): Promise<WarmUpReport> {
  const { stories, machine, progress } = deps;
  const engines = machine.engines();
  if (engines.length === 0) {
    throw new WarmUpRefused(
      'no machine translation engine is configured: set APERTIUM_URL, LIBRETRANSLATE_URL, DEEPL_API_KEY or GOOGLE_TRANSLATE_API_KEY, as for the server',
    );
  }
  const originals = await stories.originals();
  const fromLanguages = [...new Set(originals.map((story) => story.language))].sort();
  const targets = new Map<string, string[]>();
  for (const from of fromLanguages) targets.set(from, await machine.targetsFrom(from));
  const reached = new Set([...targets.values()].flat());
  if (originals.length > 0 && !reached.has(language)) {
    const problems = deps.engineProblems?.() ?? [];
    const offered = [...reached].sort();
    throw new WarmUpRefused(
      `no configured engine (${engines.map((e) => e.name).join(', ')}) translates into "${language}" (${languageNameIn(language, 'en')}) ` +
        `from the languages the stories are written in (${fromLanguages.join(', ')})` +
        (offered.length > 0 ? `; they reach ${offered.join(', ')}` : '; the engines offered no language pairs') +
        (problems.length > 0 ? ` (${problems.join('; ')})` : ''),
    );
  }

  const needed = originals.filter((story) => story.language !== language && !story.publishedIn.includes(language));
  const reachable = (story: PublishedOriginal) => targets.get(story.language)?.includes(language) ?? false;
  const work = needed.filter(reachable);
  const report: WarmUpReport = {
    language,
    attempted: work.length,
    translated: 0,
    failed: [],
    unreachable: needed.filter((story) => !reachable(story)).map((story) => ({ slug: story.slug, from: story.language })),
    notNeeded: originals.length - needed.length,
    usage: { before: await machine.usage(), after: [] },
  };

  for (const story of report.unreachable) progress.skipped(story.slug, `no configured engine translates ${story.from} → ${language}`);
  progress.start(work.length);
  for (const [i, story] of work.entries()) {
    progress.begin(i + 1, story.slug);
    try {
      await machine.translateNow(story, language);
      report.translated += 1;
      progress.translated(i + 1, story.slug);
    } catch (error) {
      const reason = oneLine(error instanceof Error ? error.message : String(error));
      report.failed.push({ slug: story.slug, reason });
      progress.failed(i + 1, story.slug, reason);
    }
  }
  progress.finish();
  report.usage.after = await machine.usage();
  return report;
}

const count = (n: number) => n.toLocaleString('en');

/** The summary printed at the end. */
export function formatReport(report: WarmUpReport): string {
  const { language, usage } = report;
  const lines = [
    `Machine translation into ${languageNameIn(language, 'en')} (${language}): ${count(report.translated)} of ${count(report.attempted)} stories translated, ${count(report.failed.length)} failed.`,
  ];
  if (report.notNeeded > 0) lines.push(`  ${count(report.notNeeded)} stories need none (written in ${language}, or with a published ${language} translation).`);
  if (report.unreachable.length > 0) {
    const from = [...new Set(report.unreachable.map((story) => story.from))].sort();
    lines.push(`  ${count(report.unreachable.length)} stories skipped: no configured engine translates ${from.map((f) => `${f} → ${language}`).join(', ')}.`);
  }
  for (const after of usage.after) {
    const before = usage.before.find((u) => u.engine === after.engine);
    const sent = after.characters - (before?.characters ?? 0);
    const requests = after.requests - (before?.requests ?? 0);
    const hits = after.memoryHits - (before?.memoryHits ?? 0);
    lines.push(
      `  ${after.name}: ${count(sent)} characters sent (${count(requests)} stories went to the engine); ` +
        `translation memory hits this month ${count(before?.memoryHits ?? 0)} before, ${count(after.memoryHits)} after (+${count(hits)}).`,
    );
  }
  const FAILURES_SHOWN = 10;
  for (const failure of report.failed.slice(0, FAILURES_SHOWN)) lines.push(`  failed: ${failure.slug}: ${failure.reason}`);
  if (report.failed.length > FAILURES_SHOWN) lines.push(`  … and ${count(report.failed.length - FAILURES_SHOWN)} more failures (each shown as it happened)`);
  return lines.join('\n');
}

/** A progress bar on a terminal (`[#####-----] 12/40 stories`), one plain line per story otherwise. */
export function progressOn(stream: NodeJS.WriteStream, options: { tty?: boolean; width?: number } = {}): WarmUpProgress {
  const tty = options.tty ?? stream.isTTY === true;
  const width = options.width ?? 30;
  let total = 0;
  let done = 0;
  const bar = (current: string) => {
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} stories${current ? `  ${current}` : ''}`;
    const columns = stream.columns > 0 ? stream.columns : 80;
    stream.write(`\r\x1b[2K${line.length >= columns ? line.slice(0, Math.max(0, columns - 1)) : line}`);
  };
  const skipped = (slug: string, reason: string) => void stream.write(`skipped: ${slug}: ${reason}\n`);
  if (!tty) {
    return {
      skipped,
      start: (n) => {
        total = n;
      },
      begin: () => {},
      translated: (index, slug) => void stream.write(`translated ${index}/${total}: ${slug}\n`),
      failed: (index, slug, reason) => void stream.write(`failed ${index}/${total}: ${slug}: ${reason}\n`),
      finish: () => {},
    };
  }
  return {
    skipped,
    start(n) {
      total = n;
      bar('');
    },
    begin: (_index, slug) => bar(slug),
    translated() {
      done += 1;
      bar('');
    },
    failed(index, slug, reason) {
      done += 1;
      stream.write(`\r\x1b[2Kfailed ${index}/${total}: ${slug}: ${reason}\n`);
      bar('');
    },
    finish: () => void stream.write('\n'),
  };
}

/**
 * A logger for the machine translation service in the CLI: keeps what it warns about (an engine that
 * could not list its pairs, say) as one-line reasons for the error message, instead of stack traces.
 */
export function collectWarnings(): { log: Pick<Logger, 'warn' | 'info'>; problems: () => string[] } {
  const problems: string[] = [];
  const warn = (...args: unknown[]) => {
    const [first, message] = args;
    const fields = typeof first === 'object' && first !== null ? (first as { err?: unknown; engine?: unknown }) : {};
    const text = typeof first === 'string' ? first : typeof message === 'string' ? message : 'warning';
    const cause = fields.err instanceof Error ? `: ${oneLine(fields.err.message)}` : '';
    problems.push(`${typeof fields.engine === 'string' ? `${fields.engine}: ` : ''}${text}${cause}`);
  };
  return { log: { warn, info: () => {} }, problems: () => [...problems] };
}
