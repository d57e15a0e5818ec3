/** Rows per statement (or values per `in` list), well under SQLite's and PostgreSQL's limits on bound parameters. */
const PER_STATEMENT = 500;

/** Splits a long list of rows or values into pieces small enough for one statement each. */
export function statementChunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += PER_STATEMENT) result.push(items.slice(i, i + PER_STATEMENT));
  return result;
}
