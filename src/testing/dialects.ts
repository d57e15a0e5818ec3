/** Suites that touch SQL, registered once on SQLite and once on PostgreSQL. */
import { describe } from 'node:test';
import { type DialectName, skipUnlessDialect } from './databases.ts';

const DIALECTS: [DialectName, string][] = [
  ['sqlite', 'SQLite'],
  ['postgres', 'PostgreSQL'],
];

type Suite = (dialect: DialectName) => void;

/**
 * Registers `suite` as "<title> on SQLite" and as "<title> on PostgreSQL". The PostgreSQL one skips with
 * a message when the server cannot be reached, and fails the run when CI=true (`skipUnlessDialect`);
 * `skip` gives a reason of the suite's own for skipping both, such as a missing translation engine.
 * Await it at the top level of the test file.
 */
export async function describeOnEachDatabase(title: string, suite: Suite): Promise<void>;
export async function describeOnEachDatabase(title: string, options: { skip: string | false }, suite: Suite): Promise<void>;
export async function describeOnEachDatabase(title: string, ...args: [Suite] | [{ skip: string | false }, Suite]): Promise<void> {
  const [own, suite] = args.length === 1 ? [false, args[0]] : [args[0].skip, args[1]];
  for (const [dialect, name] of DIALECTS) {
    describe(`${title} on ${name}`, { skip: own || (await skipUnlessDialect(dialect)) }, () => suite(dialect));
  }
}
