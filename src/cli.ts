/** The `diwan` command-line tool. */
import { BackupError, backupDatabase, restoreDatabase } from './operations/index.ts';
import { seedDemoContentIfEmpty } from './seed/index.ts';
import { openConfiguredDatabase, readConfiguration, StartupError } from './startup.ts';

const USAGE = `Usage: diwan <command>

Commands:
  migrate          bring the database schema up to date
  seed             add the demo newsroom to an empty database
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

async function run(args: string[]): Promise<string> {
  const [command, file, ...extra] = args;
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
