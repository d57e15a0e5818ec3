/** The `diwan` command-line tool. */
import { readPassword } from './accounts/index.ts';
import { changeBusFor, createLocalChangeBus } from './changes/index.ts';
import { createFeatures } from './features.ts';
import { AppError } from './http/app-error.ts';
import { FormError } from './http/form-error.ts';
import { isLanguageTag } from './i18n/locales.ts';
import { translatorFor } from './i18n/messages.ts';
import { BackupError, backupDatabase, restoreDatabase } from './operations/index.ts';
import { rebuildIndex, reindexProgressOn } from './search/index.ts';
import { seedDemoContentIfEmpty } from './seed/index.ts';
import { openConfiguredDatabase, readConfiguration, StartupError } from './startup.ts';
import { collectWarnings, formatReport, progressOn, WarmUpRefused, warmUp } from './translation/index.ts';
import { DEFAULT_IMPORT_LIMITS, formatSummary, importProgressOn, readCategoryMap, readWpmlTranslations } from './wordpress-import/index.ts';

const USAGE = `Usage: diwan <command>

Commands:
  migrate          bring the database schema up to date
  seed             add the demo newsroom to an empty database
  create-admin --email <address> [--name <name>]
                   add an administrator; the password is asked for, or read from standard input
  backup <file>    copy the database to a file (safe while Diwan runs)
  restore <file>   replace the database with a backup (stop Diwan first)
  import-wordpress <export.xml> [--uploads <dir>] [--dry-run] [--default-language <xx>]
                   [--map-categories <sections.csv>] [--wpml-translations <icl.csv>] [--max-size <MB>]
                   import a WordPress export (WXR): posts as stories with their translations,
                   categories, tags, authors (as disabled accounts), images (from the uploads
                   folder, else from the old site) and 301s from the old addresses. Safe to run
                   again: it updates what changed. --dry-run writes nothing. See README.
  reindex          rebuild the search index of every story, in short transactions (safe while Diwan
                   runs); a progress bar on a terminal, a line per 1,000 stories otherwise
  translate --to <language> --all
                   machine-translate every published story that has no published translation in
                   <language> now, so its first readers there need not wait (--all is required for
                   now); text translated before comes from the translation memory, not the engine.
                   Progress on standard error, a summary at the end; exit code 1 if any story failed

The database is the one DATABASE_URL names (default: sqlite:./data/diwan.sqlite). Translation
engines are the server's: APERTIUM_URL, LIBRETRANSLATE_URL, DEEPL_API_KEY, GOOGLE_TRANSLATE_API_KEY.`;

class UsageError extends Error {}

/** What a command printed on success, and its exit code when not 0. */
type Outcome = string | { message: string; exitCode: number };

async function openAndRun<T>(work: (opened: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>): Promise<T> {
  const opened = await openConfiguredDatabase();
  try {
    return await work(opened);
  } finally {
    await opened.database.close();
  }
}

/** `--email a@b --name "X Y"` → { email, name }; anything else is a usage error. */
function options(args: string[], allowed: string[]): Record<string, string> {
  const parsed: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i]?.replace(/^--/, '') ?? '';
    const value = args[i + 1];
    if (!args[i]?.startsWith('--') || !allowed.includes(name) || value === undefined) throw new UsageError(`unexpected argument "${args[i]}"`);
    parsed[name] = value;
  }
  return parsed;
}

async function createAdmin(args: string[]): Promise<string> {
  const { email, name } = options(args, ['email', 'name']);
  if (!email) throw new UsageError('create-admin needs --email <address>');
  const password = await readPassword(`Password for ${email} (at least 12 characters): `);
  return openAndRun(async ({ config, database }) => {
    const features = createFeatures(database.db, config, createLocalChangeBus(console));
    await features.settings.load();
    try {
      const user = await features.accounts.createUser(
        { email, name: name ?? email.split('@')[0]!, password, role: 'administrator', interfaceLanguage: features.settings.current().defaultLanguage },
        null,
      );
      return `Created administrator ${user.email}.`;
    } catch (error) {
      if (error instanceof FormError) {
        const en = translatorFor('en');
        throw new StartupError(
          Object.entries(error.fields)
            .map(([field, key]) => `${field}: ${en(key!)}`)
            .join('; '),
        );
      }
      throw error;
    }
  });
}

/** `--to es --all` (or `--to=es`) → the language; anything else is a usage error. */
function translateOptions(args: string[]): { language: string } {
  let language: string | undefined;
  let all = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--all') all = true;
    else if (arg === '--to' || arg.startsWith('--to=')) {
      const value = arg === '--to' ? args[++i] : arg.slice('--to='.length);
      if (value === undefined || value === '' || value.startsWith('-')) throw new UsageError('--to needs a language code, such as --to es');
      if (!isLanguageTag(value)) throw new UsageError(`"${value}" is not a language code (such as es, or pt-BR)`);
      if (language !== undefined) throw new UsageError('--to is given more than once');
      language = Intl.getCanonicalLocales(value)[0]!;
    } else throw new UsageError(`translate: unknown option "${arg}"`);
  }
  if (language === undefined) throw new UsageError('translate needs --to <language>, the language to translate into (such as --to es)');
  if (!all) throw new UsageError('translate needs --all: for now it translates every published story (one story at a time is not supported yet)');
  return { language };
}

async function translate(args: string[]): Promise<Outcome> {
  const { language } = translateOptions(args);
  return openAndRun(async ({ config, database }) => {
    const warnings = collectWarnings();
    // A server running on this database drops the pages the new translations replace.
    const changes = await changeBusFor(config.database, database.db, console);
    try {
      const features = createFeatures(database.db, config, changes, warnings.log);
      await features.settings.load();
      await features.machineTranslation.load();
      const report = await warmUp(language, {
        stories: features.stories,
        machine: features.machineTranslation,
        progress: progressOn(process.stderr),
        engineProblems: warnings.problems,
      });
      return { message: formatReport(report), exitCode: report.failed.length > 0 ? 1 : 0 };
    } finally {
      await changes.close();
    }
  });
}

/** `<export.xml> --uploads dir --dry-run …` → the import's options; anything else is a usage error. */
function importOptions(args: string[]) {
  const flags = new Set(['--dry-run']);
  const valued = new Set(['--uploads', '--default-language', '--map-categories', '--wpml-translations', '--max-size']);
  const given: Record<string, string> = {};
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (flags.has(arg)) given[arg] = 'yes';
    else if (valued.has(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      given[arg] = value;
    } else if (arg.startsWith('--')) throw new UsageError(`import-wordpress: unknown option "${arg}"`);
    else if (file === undefined) file = arg;
    else throw new UsageError('import-wordpress takes one export file');
  }
  if (!file) throw new UsageError('import-wordpress needs the export file (Tools → Export → All content in WordPress)');
  const language = given['--default-language'];
  if (language !== undefined && !isLanguageTag(language)) throw new UsageError(`"${language}" is not a language code (such as en, or pt-BR)`);
  const maxSize = given['--max-size'] === undefined ? undefined : Number(given['--max-size']);
  if (maxSize !== undefined && !(maxSize > 0)) throw new UsageError('--max-size takes a number of megabytes');
  return {
    file,
    uploadsDir: given['--uploads'],
    dryRun: given['--dry-run'] !== undefined,
    defaultLanguage: language === undefined ? undefined : Intl.getCanonicalLocales(language)[0]!,
    categoryMap: given['--map-categories'] ? readCategoryMap(given['--map-categories']) : undefined,
    wpml: given['--wpml-translations'] ? readWpmlTranslations(given['--wpml-translations']) : null,
    limits: maxSize === undefined ? undefined : { ...DEFAULT_IMPORT_LIMITS, maxBytes: maxSize * 1024 * 1024 },
  };
}

async function importWordpress(args: string[]): Promise<Outcome> {
  const options = importOptions(args);
  return openAndRun(async ({ config, database }) => {
    // Instances already serving this database hear of the new stories like of any change.
    const changes = await changeBusFor(config.database, database.db, console);
    try {
      const features = createFeatures(database.db, config, changes);
      await features.settings.load();
      const summary = await features.wordpressImport.importSite({ ...options, progress: importProgressOn(process.stderr, 'items') });
      // The summary comes first: the variants of the images, made next, can take long on a big site.
      console.log(formatSummary(summary));
      let message = 'Nothing was written (dry run).';
      if (!summary.dryRun) {
        const variants = importProgressOn(process.stderr, 'images');
        const rendered = await features.media.renderPendingVariants((done, total) => {
          if (done === 1) variants.start(total);
          variants.item(done, total);
        });
        variants.finish();
        message = `Image variants made: ${rendered}.`;
      }
      return { message, exitCode: summary.posts.failed.length > 0 ? 1 : 0 };
    } finally {
      await changes.close();
    }
  });
}

async function run(args: string[]): Promise<Outcome> {
  const [command, file, ...extra] = args;
  if (command === 'create-admin') return createAdmin(args.slice(1));
  if (command === 'import-wordpress') return importWordpress(args.slice(1));
  if (command === 'translate') return translate(args.slice(1));
  const needsFile = command === 'backup' || command === 'restore';
  if (needsFile && (!file || extra.length > 0)) throw new UsageError(`"${command}" takes exactly one file name`);
  if (!needsFile && args.length > 1) throw new UsageError(`"${command}" takes no arguments`);
  switch (command) {
    case 'migrate':
      return openAndRun(async () => 'Database schema is up to date.');
    case 'seed':
      return openAndRun(async ({ config, database }) => {
        // Instances already serving this database hear of the new content like of any change.
        const changes = await changeBusFor(config.database, database.db, console);
        const seeded = await seedDemoContentIfEmpty(database.db, config, changes).finally(() => changes.close());
        return seeded ? `Seeded ${seeded.stories} demo stories.` : 'The database already has content; nothing was seeded.';
      });
    case 'reindex':
      return openAndRun(async ({ config, database }) => {
        const started = performance.now();
        const features = createFeatures(database.db, config, createLocalChangeBus(console));
        const { stories } = await rebuildIndex(database.db, features.searchIndex, reindexProgressOn(process.stderr));
        return `Indexed ${stories} stories in ${((performance.now() - started) / 1000).toFixed(1)} s.`;
      });
    case 'backup':
      await backupDatabase(readConfiguration().database, file!);
      return `Backed up the database to ${file}.`;
    case 'restore':
      await restoreDatabase(readConfiguration().database, file!);
      return `Restored the database from ${file}. Restart Diwan so every instance reads it afresh.`;
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'a command is required');
  }
}

const args = process.argv.slice(2);
if (args[0] === 'help' || args[0] === '--help') {
  console.log(USAGE);
  process.exit(0);
}
run(args).then(
  (outcome) => {
    console.log(typeof outcome === 'string' ? outcome : outcome.message);
    process.exit(typeof outcome === 'string' ? 0 : outcome.exitCode);
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`diwan: ${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof WarmUpRefused) {
      console.error(`diwan: translate: ${error.message}`);
      process.exit(2);
    }
    const known = error instanceof StartupError || error instanceof BackupError || error instanceof AppError;
    console.error(`diwan: ${known ? (error as Error).message : String((error as Error).stack ?? error)}`);
    process.exit(1);
  },
);
