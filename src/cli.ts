/** The `diwan` command-line tool. */
import { seedDemoContentIfEmpty } from './seed/index.ts';
import { openConfiguredDatabase, StartupError } from './startup.ts';

const USAGE = `Usage: diwan <command>

Commands:
  migrate   bring the database schema up to date
  seed      add the demo newsroom to an empty database

The database is the one DATABASE_URL names (default: sqlite:./data/diwan.sqlite).`;

async function run(args: string[]): Promise<number> {
  const [command] = args;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command !== 'migrate' && command !== 'seed') {
    console.error(`diwan: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const { config, database } = await openConfiguredDatabase();
  try {
    if (command === 'migrate') {
      console.log('Database schema is up to date.');
    } else {
      const seeded = await seedDemoContentIfEmpty(database.db, config);
      console.log(seeded ? `Seeded ${seeded.stories} demo stories.` : 'The database already has content; nothing was seeded.');
    }
    return 0;
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`diwan: ${error instanceof StartupError ? error.message : String((error as Error).stack ?? error)}`);
    process.exit(1);
  },
);
