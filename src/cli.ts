/** The `diwan` command-line tool. */
import { readPassword } from './accounts/read-password.ts';
import { createLocalChangeBus } from './changes/index.ts';
import { createFeatures } from './features.ts';
import { FormError } from './http/form-error.ts';
import { translatorFor } from './i18n/messages.ts';
import { BackupError, backupDatabase, restoreDatabase } from './operations/index.ts';
import { seedDemoContentIfEmpty } from './seed/index.ts';
import { openConfiguredDatabase, readConfiguration, StartupError } from './startup.ts';

const USAGE = `Usage: diwan <command>

Commands:
  migrate          bring the database schema up to date
  seed             add the demo newsroom to an empty database
  create-admin --email <address> [--name <name>]
                   add an administrator; the password is asked for, or read from standard input
  backup <file>    copy the database to a file (safe while Diwan runs)
  restore <file>   replace the database with a backup (stop Diwan first)

The database is the one DATABASE_URL names (default: sqlite:./data/diwan.sqlite).`;

class UsageError extends Error {}

async function openAndRun(work: (opened: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<string>): Promise<string> {
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
        throw new StartupError(Object.entries(error.fields).map(([field, key]) => `${field}: ${en(key!)}`).join('; '));
      }
      throw error;
    }
  });
}

async function run(args: string[]): Promise<string> {
  const [command, file, ...extra] = args;
  if (command === 'create-admin') return createAdmin(args.slice(1));
  const needsFile = command === 'backup' || command === 'restore';
  if (needsFile && (!file || extra.length > 0)) throw new UsageError(`"${command}" takes exactly one file name`);
  if (!needsFile && args.length > 1) throw new UsageError(`"${command}" takes no arguments`);
  switch (command) {
    case 'migrate':
      return openAndRun(async () => 'Database schema is up to date.');
    case 'seed':
      return openAndRun(async ({ config, database }) => {
        const seeded = await seedDemoContentIfEmpty(database.db, config);
        return seeded ? `Seeded ${seeded.stories} demo stories.` : 'The database already has content; nothing was seeded.';
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
  (message) => {
    console.log(message);
    process.exit(0);
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`diwan: ${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    const known = error instanceof StartupError || error instanceof BackupError;
    console.error(`diwan: ${known ? (error as Error).message : String((error as Error).stack ?? error)}`);
    process.exit(1);
  },
);
