/**
 * A query built and compiled once, then run with new values: for the hot read paths of public pages,
 * where building and compiling a Kysely query costs more than SQLite's own work. The query is built
 * with a marker for each named value; the markers' positions among the compiled parameters say where
 * each value goes, and any other parameter is a constant of the query (`status = 'published'`). Its
 * SQL must not depend on the values (no `in` lists of varying length).
 */
import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema.ts';

type Values = Record<string, string | number>;

const markerOf = (name: string) => `\u0000${name}\u0000`;

export function preparedQuery<V extends Values, Row>(build: (db: Kysely<Database>, values: V) => Compilable<Row>) {
  type Slot = { name: keyof V } | { constant: unknown };
  const compiledFor = new WeakMap<Kysely<Database>, { query: CompiledQuery<Row>; slots: Slot[] }>();

  function compile(db: Kysely<Database>, names: (keyof V)[]) {
    const markers = Object.fromEntries(names.map((name) => [name, markerOf(String(name))])) as unknown as V;
    const query = build(db, markers).compile();
    const slots = query.parameters.map((parameter): Slot => {
      const name = names.find((candidate) => parameter === markerOf(String(candidate)));
      return name === undefined ? { constant: parameter } : { name };
    });
    return { query, slots };
  }

  return async (db: Kysely<Database>, values: V): Promise<Row[]> => {
    let prepared = compiledFor.get(db);
    if (!prepared) {
      prepared = compile(db, Object.keys(values));
      compiledFor.set(db, prepared);
    }
    const { query, slots } = prepared;
    return (await db.executeQuery<Row>({ ...query, parameters: slots.map((slot) => ('name' in slot ? values[slot.name] : slot.constant)) })).rows;
  };
}
