/** The `diwan` command-line tool. */
import { readPassword } from './accounts/index.ts';
import { createLocalChangeBus, createPostgresChangeBus } from './changes/index.ts';
import { createFeatures } from './features.ts';
import { FormError } from './http/form-error.ts';
import { isLanguageTag } from './i18n/locales.ts';
import { translatorFor } from './i18n/messages.ts';
import { BackupError, backupDatabase, restoreDatabase } from './operations/index.ts';
import { rebuildIndex, reindexProgressOn } from './search/index.ts';
import { seedDemoContentIfEmpty } from './seed/index.ts';
import { openConfiguredDatabase, readConfiguration, StartupError } from './startup.ts';
import { collectWarnings, formatReport, progressOn, WarmUpRefused, warmUp } from './translation/index.ts';

const USAGE = `Usage: diwan <command>

Commands:
  migrate          bring the database schema up to date
  seed             add the demo newsroom to an empty database
  create-admin --email <address> [--name <name>]
                   add an administrator; the password is asked for, or read from standard input
  backup <file>    copy the database to a file (safe while Diwan runs)
  restore <file>   replace the database with a backup (stop Diwan first)
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
    const features = createFeatures(database.db, config, createLocalChangeBus(console), warnings.log);
    await features.settings.load();
    await features.machineTranslation.load();
    const report = await warmUp(language, {
      stories: features.stories,
      machine: features.machineTranslation,
      progress: progressOn(process.stderr),
      engineProblems: warnings.problems,
    });
    return { message: formatReport(report), exitCode: report.failed.length > 0 ? 1 : 0 };
  });
}

async function run(args: string[]): Promise<Outcome> {
  const [command, file, ...extra] = args;
  if (command === 'create-admin') return createAdmin(args.slice(1));
  if (command === 'translate') return translate(args.slice(1));
  const needsFile = command === 'backup' || command === 'restore';
  if (needsFile && (!file || extra.length > 0)) throw new UsageError(`"${command}" takes exactly one file name`);
  if (!needsFile && args.length > 1) throw new UsageError(`"${command}" takes no arguments`);
  switch (command) {
    case 'migrate':
      return openAndRun(async () => 'Database schema is up to date.');
    case 'seed':
      return openAndRun(async ({ config, database }) => {
        // Instances already serving this PostgreSQL database hear of the new content like of any change.
        const changes = config.database.kind === 'postgres' ? await createPostgresChangeBus(config.database.url, console) : createLocalChangeBus(console);
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
    const known = error instanceof StartupError || error instanceof BackupError;
    console.error(`diwan: ${known ? (error as Error).message : String((error as Error).stack ?? error)}`);
    process.exit(1);
  },
);
